/* Kernel start-up and the kernel command line.

   start.S calls pintos_init() with interrupts off, paging on, and the
   boot page tables mapping the first 4 MB.  pintos_init() brings the
   kernel up one layer at a time -- each layer may use only the ones
   before it -- then carries out the actions on the command line and
   powers off or reboots if asked to.

   The command line was written into the boot sector by the `pintos'
   tool (see loader.h for where); the boot sector is still in memory at
   LOADER_BASE, where the BIOS put it. */

#include "threads/init.h"
#include <console.h>
#include <debug.h>
#include <inttypes.h>
#include <random.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "devices/input.h"
#include "devices/kbd.h"
#include "devices/rtc.h"
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "threads/fpu.h"
#include "threads/interrupt.h"
#include "threads/loader.h"
#include "threads/malloc.h"
#include "threads/palloc.h"
#include "threads/pte.h"
#include "threads/thread.h"
#ifdef USERPROG
#include "userprog/process.h"
#include "userprog/exception.h"
#include "userprog/gdt.h"
#include "userprog/syscall.h"
#include "userprog/tss.h"
#else
#include "tests/threads/tests.h"
#endif
#ifdef VM
#include "vm/vm.h"
#endif
#ifdef FILESYS
#include "devices/block.h"
#include "devices/ide.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"
#endif

/* See init.h. */
uint32_t *init_page_dir;

#ifdef FILESYS
/* -f: format the file system? */
static bool format_filesys;

/* -filesys, -scratch, -swap: names of block devices for those roles. */
static const char *filesys_bdev_name;
static const char *scratch_bdev_name;
#ifdef VM
static const char *swap_bdev_name;
#endif
#endif /* FILESYS */

/* -ul: most pages for the user pool. */
static size_t user_page_limit = SIZE_MAX;

static void bss_init (void);
static void paging_init (void);
static char **read_command_line (void);
static char **parse_options (char **argv);
static void run_actions (char **argv);
static void usage (void);
#ifdef FILESYS
static void locate_block_devices (void);
static void locate_block_device (enum block_type, const char *name);
#endif

int pintos_init (void) NO_RETURN;

/* The kernel's main program. */
int
pintos_init (void)
{
  char **argv;

  /* Before anything else: BSS must be zero, and we need a struct
     thread before we can take locks. */
  bss_init ();
  argv = read_command_line ();
  argv = parse_options (argv);
  thread_init ();
  console_init ();

  printf ("Pintos booting with %'"PRIu32" kB RAM...\n",
          init_ram_pages * PGSIZE / 1024);

  /* Memory. */
  palloc_init (user_page_limit);
  malloc_init ();
  paging_init ();

#ifdef USERPROG
  tss_init ();
  gdt_init ();
#endif

  /* Interrupts and the devices they drive. */
  intr_init ();
  fpu_init ();
  timer_init ();
  kbd_init ();
  input_init ();
#ifdef USERPROG
  exception_init ();
  syscall_init ();
#endif

  /* Scheduling, and with it interrupts, start here. */
  thread_start ();
  serial_init_queue ();
  timer_calibrate ();

#ifdef FILESYS
  ide_init ();
  locate_block_devices ();
  filesys_init (format_filesys);
#endif
#ifdef VM
  vm_init ();
#endif

  printf ("Boot complete.\n");

  run_actions (argv);

#ifdef USERPROG
  process_check_leaks ();
#endif
#ifdef FILESYS
  /* Put everything on disk now: a panic path never gets here, and
     must not try to, since the file system may be what failed. */
  filesys_done ();
#endif
  shutdown ();
  thread_exit ();
}

/* Zeroes the BSS.  The loader loaded only what kernel.bin holds, and
   the BSS is not in it, so its memory holds whatever was there. */
static void
bss_init (void)
{
  extern char _start_bss, _end_bss;
  memset (&_start_bss, 0, &_end_bss - &_start_bss);
}

/* Builds the kernel's page directory, mapping every physical page P at
   PHYS_BASE + P, and switches to it.  Kernel code is mapped read-only,
   so a stray write into it faults at once.  The identity mapping that
   start.S needed is gone afterward, so a null pointer faults too. */
static void
paging_init (void)
{
  extern char _start, _end_kernel_text;
  uint32_t *pd, *pt = NULL;
  size_t page;

  pd = init_page_dir = palloc_get_page (PAL_ASSERT | PAL_ZERO);
  for (page = 0; page < init_ram_pages; page++)
    {
      uintptr_t paddr = page * PGSIZE;
      char *vaddr = ptov (paddr);
      size_t pde_idx = pd_no (vaddr);
      size_t pte_idx = pt_no (vaddr);
      bool in_text = &_start <= vaddr && vaddr + PGSIZE <= &_end_kernel_text;

      if (pd[pde_idx] == 0)
        {
          pt = palloc_get_page (PAL_ASSERT | PAL_ZERO);
          pd[pde_idx] = pde_create (pt);
        }
      pt[pte_idx] = pte_create_kernel (vaddr, !in_text);
    }

  asm volatile ("movl %0, %%cr3" : : "r" (vtop (init_page_dir)));
}

/* Splits the command line in the boot sector into words and returns
   them as a null-terminated argv array, after printing it. */
static char **
read_command_line (void)
{
  static char *argv[LOADER_ARGS_LEN / 2 + 1];
  char *p, *end;
  int argc;
  int i;

  argc = *(uint32_t *) ptov (LOADER_ARG_CNT);
  p = ptov (LOADER_ARGS);
  end = p + LOADER_ARGS_LEN;
  if (argc < 0 || argc > LOADER_ARGS_LEN / 2)
    argc = 0;
  for (i = 0; i < argc; i++)
    {
      size_t len = p < end ? strnlen (p, end - p) : 0;

      if (p + len >= end)
        PANIC ("command line arguments overflow");
      argv[i] = p;
      p += len + 1;
    }
  argv[argc] = NULL;

  /* Quote arguments with spaces so the echo reads unambiguously. */
  printf ("Kernel command line:");
  for (i = 0; i < argc; i++)
    if (strchr (argv[i], ' ') == NULL)
      printf (" %s", argv[i]);
    else
      printf (" '%s'", argv[i]);
  printf ("\n");

  return argv;
}

/* Parses the options at the front of ARGV and returns the first word
   that is not one: the first action. */
static char **
parse_options (char **argv)
{
  bool seeded = false;

  for (; *argv != NULL && **argv == '-'; argv++)
    {
      char *save_ptr;
      char *name = strtok_r (*argv, "=", &save_ptr);
      char *value = strtok_r (NULL, "", &save_ptr);

      if (!strcmp (name, "-h"))
        usage ();
      else if (!strcmp (name, "-q"))
        shutdown_configure (SHUTDOWN_POWER_OFF);
      else if (!strcmp (name, "-r"))
        shutdown_configure (SHUTDOWN_REBOOT);
#ifdef FILESYS
      else if (!strcmp (name, "-f"))
        format_filesys = true;
      else if (!strcmp (name, "-filesys"))
        filesys_bdev_name = value;
      else if (!strcmp (name, "-scratch"))
        scratch_bdev_name = value;
#ifdef VM
      else if (!strcmp (name, "-swap"))
        swap_bdev_name = value;
#endif
#endif
      else if (!strcmp (name, "-rs") && value != NULL)
        {
          random_init (atoi (value));
          seeded = true;
        }
      else if (!strcmp (name, "-mlfqs"))
        thread_mlfqs = true;
#ifdef USERPROG
      else if (!strcmp (name, "-ul") && value != NULL)
        user_page_limit = atoi (value);
#endif
      else
        PANIC ("unknown option `%s' (use -h for help)", name);
    }

  /* Seed randomness from the clock unless -rs already did.  A seed
     given with -rs makes runs reproducible. */
  if (!seeded)
    random_init (rtc_get_time ());
  return argv;
}

/* Carries out one "run" action: runs TASK (a user program with its
   arguments, or the name of a kernel test) to completion. */
static void
run_task (char **argv)
{
  const char *task = argv[1];

  printf ("Executing '%s':\n", task);
#ifdef USERPROG
  process_wait (process_execute (task));
#else
  run_test (task);
#endif
  printf ("Execution of '%s' complete.\n", task);
}

/* Carries out each action in ARGV in order.  An action is a name and a
   fixed number of arguments. */
static void
run_actions (char **argv)
{
  struct action
    {
      const char *name;                 /* Action name. */
      int argc;                         /* Words including the name. */
      void (*function) (char **argv);   /* Carries it out. */
    };

  static const struct action actions[] =
    {
      {"run", 2, run_task},
#ifdef FILESYS
      {"ls", 1, fsutil_ls},
      {"cat", 2, fsutil_cat},
      {"rm", 2, fsutil_rm},
      {"extract", 1, fsutil_extract},
      {"append", 2, fsutil_append},
#endif
      {NULL, 0, NULL},
    };

  while (*argv != NULL)
    {
      const struct action *a;
      int i;

      for (a = actions; a->name != NULL; a++)
        if (!strcmp (*argv, a->name))
          break;
      if (a->name == NULL)
        PANIC ("unknown action `%s' (use -h for help)", *argv);

      for (i = 1; i < a->argc; i++)
        if (argv[i] == NULL)
          PANIC ("action `%s' requires %d argument(s)", *argv, a->argc - 1);

      a->function (argv);
      argv += a->argc;
    }
}

/* Prints the kernel command-line help and powers off. */
static void
usage (void)
{
  printf ("\nCommand line syntax: [OPTION...] [ACTION...]\n"
          "Options must precede actions.\n"
          "Actions are executed in the order specified.\n"
          "\nAvailable actions:\n"
#ifdef USERPROG
          "  run 'PROG [ARG...]' Run PROG and wait for it to complete.\n"
#else
          "  run TEST           Run TEST.\n"
#endif
#ifdef FILESYS
          "  ls                 List files in the root directory.\n"
          "  cat FILE           Print FILE to the console.\n"
          "  rm FILE            Delete FILE.\n"
          "Use these actions indirectly via `pintos' -g and -p options:\n"
          "  extract            Untar from scratch device into file system.\n"
          "  append FILE        Append FILE to tar file on scratch device.\n"
#endif
          "\nOptions:\n"
          "  -h                 Print this help message and power off.\n"
          "  -q                 Power off VM after actions or on panic.\n"
          "  -r                 Reboot after actions.\n"
#ifdef FILESYS
          "  -f                 Format file system device during startup.\n"
          "  -filesys=BDEV      Use BDEV for file system instead of default.\n"
          "  -scratch=BDEV      Use BDEV for scratch instead of default.\n"
#ifdef VM
          "  -swap=BDEV         Use BDEV for swap instead of default.\n"
#endif
#endif
          "  -rs=SEED           Set random number seed to SEED.\n"
          "  -mlfqs             Use multi-level feedback queue scheduler.\n"
#ifdef USERPROG
          "  -ul=COUNT          Limit user memory to COUNT pages.\n"
#endif
          );
  shutdown_power_off ();
}

#ifdef FILESYS
/* Gives each block-device role its device. */
static void
locate_block_devices (void)
{
  locate_block_device (BLOCK_FILESYS, filesys_bdev_name);
  locate_block_device (BLOCK_SCRATCH, scratch_bdev_name);
#ifdef VM
  locate_block_device (BLOCK_SWAP, swap_bdev_name);
#endif
}

/* Gives ROLE the device named NAME, or if NAME is null the first device
   of that type (a partition of the matching type). */
static void
locate_block_device (enum block_type role, const char *name)
{
  struct block *block = NULL;

  if (name != NULL)
    {
      block = block_get_by_name (name);
      if (block == NULL)
        PANIC ("No such block device \"%s\"", name);
    }
  else
    {
      for (block = block_first (); block != NULL; block = block_next (block))
        if (block_type (block) == role)
          break;
    }

  if (block != NULL)
    {
      printf ("%s: using %s\n", block_type_name (role), block_name (block));
      block_set_role (role, block);
    }
}
#endif /* FILESYS */
