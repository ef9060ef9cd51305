#ifndef USERPROG_PROCESS_H
#define USERPROG_PROCESS_H

/* User processes: a thread running a user program in its own address
   space, with its open files and the exit status its parent may wait
   for. */

#include <debug.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>
#include "threads/thread.h"
#ifdef VM
#include "vm/page.h"
#endif

struct exit_record;
struct file;
struct program;

/* Most files one process may have open at once, not counting the
   console descriptors 0 and 1. */
#define PROCESS_OPEN_MAX 128

/* Per-process state, reached through thread_current ()->process.
   Each part is owned by the file named beside it; all of it is used
   by the process's own thread only, except where that file says. */
struct process
  {
    bool is_user;               /* Running a user program? */
    int exit_status;            /* Reported to the parent at exit. */
    struct exit_record *record; /* Ours (exit-record.c), or null. */
    struct list children;       /* Our children's exit records. */
    struct program *program;    /* Our executable (load.c). */
    uint8_t *heap_start;        /* The heap: from the page boundary past
                                   the executable's last segment... */
    uint8_t *brk;               /* ...up to here, moved by sbrk(). */
    struct file *files[PROCESS_OPEN_MAX];   /* fdtable.c. */
    struct inode *cwd;          /* Current directory (filesys.c), held
                                   open; null means the root. */
#ifdef VM
    struct spt spt;             /* Supplemental page table (vm/page.c). */
    struct list mappings;       /* struct mapping (vm/mmap.c). */
    int next_mapid;             /* Id for the next mapping. */
    const void *user_esp;       /* User esp at the last system call
                                   (PHYS_BASE before the first). */
#endif
  };

tid_t process_execute (const char *cmd_line);
tid_t process_fork (void);
int process_wait (tid_t);
void process_terminate (int status) NO_RETURN;
void process_exit (void);
void process_activate (void);
void process_check_leaks (void);

#endif /* userprog/process.h */
