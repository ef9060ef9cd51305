/* The initial user stack.

   For the command line "echo x yz" the stack, from PHYS_BASE down, is

      PHYS_BASE   "echo\0" "x\0" "yz\0"   the argument strings
                  padding                 down to a multiple of 4
                  NULL                    argv[argc]
                  argv[argc - 1] ... argv[0]
                  argv                    pointer to argv[0]
                  argc
      esp ->      0                       fake return address

   which is the frame _start (argc, argv) expects, with at least
   STACK_FREE_MIN bytes free below it for the program's own use.  One
   page holds all that for a usual command line, but a page-long line
   may have two thousand arguments, whose argv[] alone takes two pages
   more, so we reserve as many pages as it takes.

   The bytes are written at their user addresses through usermem.c,
   like any other write on a process's behalf: in a VM build the pages
   are only reserved here (zero-fill pages of the supplemental table)
   and come into memory as they are written, and may even be evicted
   again before the program starts.

   Synchronization: runs in the new process's own thread, before the
   process can do anything else. */

#include "userprog/argstack.h"
#include <round.h>
#include <stdint.h>
#include <string.h>
#include "threads/thread.h"
#include "threads/vaddr.h"
#include "userprog/process.h"
#include "userprog/usermem.h"
#ifdef VM
#include "vm/page.h"
#else
#include "threads/palloc.h"
#include "userprog/pagedir.h"
#endif

/* Stack bytes free below the initial frame, at least. */
#define STACK_FREE_MIN (PGSIZE / 2)

/* Splits LINE into words in place, ending each word with a null where
   its first following space was, and returns the number of words.
   Stores in *STRINGS_SIZE the bytes the words take with their nulls.
   Afterward the first word, from the first non-space, is the program
   name, and argstack_build() can lay the words out. */
size_t
argstack_cut (char *line, size_t *strings_size)
{
  size_t argc = 0;

  *strings_size = 0;
  for (;;)
    {
      char *word = line + strspn (line, " ");
      size_t len = strcspn (word, " ");

      if (len == 0)
        return argc;
      argc++;
      *strings_size += len + 1;
      line = word + len;
      if (*line != '\0')
        *line++ = '\0';
    }
}

/* Returns the word at or after *POS in a line cut by argstack_cut(), and
   moves *POS past it.  Must not be called for more words than there
   are. */
static char *
next_word (char **pos)
{
  char *word = *pos + strspn (*pos, " ");

  *pos = word + strlen (word) + 1;
  return word;
}

/* Makes the user page at UPAGE a writable, zeroed page of the running
   process.  Returns false if it is already in use or memory is
   short. */
static bool
reserve_page (void *upage)
{
#ifdef VM
  return page_add (&thread_current ()->process->spt, upage, PAGE_ZERO,
                   NULL, true);
#else
  uint32_t *pd = thread_current ()->pagedir;
  void *kpage;

  if (pagedir_get_page (pd, upage) != NULL)
    return false;
  kpage = palloc_get_page (PAL_USER | PAL_ZERO);
  if (kpage != NULL && pagedir_set_page (pd, upage, kpage, true))
    return true;
  palloc_free_page (kpage);
  return false;
#endif
}

/* Reserves the top SIZE bytes of user space, rounded up to pages. */
static bool
reserve (size_t size)
{
  uint8_t *upage = PHYS_BASE;
  size_t pages = DIV_ROUND_UP (size, PGSIZE);

  while (pages-- > 0)
    {
      upage -= PGSIZE;
      if (!reserve_page (upage))
        return false;
    }
  return true;
}

/* Builds the stack described above for CMD_LINE, cut by argstack_cut()
   into ARGC words taking STRINGS_SIZE bytes, in the running process,
   whose address space must be active, and stores the initial stack
   pointer in *ESP.  Returns false if memory is short or the stack's
   pages are already in use. */
bool
argstack_build (char *cmd_line, size_t argc, size_t strings_size,
                void **esp)
{
  char *strings = (char *) PHYS_BASE - strings_size;
  char **argv = (char **) ROUND_DOWN ((uintptr_t) strings, sizeof (char *))
                - (argc + 1);
  uint32_t frame[3];
  char *null = NULL;
  size_t i;

  if (!reserve ((uint8_t *) PHYS_BASE - (uint8_t *) (argv - 3)
                + STACK_FREE_MIN))
    return false;

  for (i = 0; i < argc; i++)
    {
      const char *word = next_word (&cmd_line);
      size_t len = strlen (word) + 1;

      if (!usermem_write (strings, word, len)
          || !usermem_write (&argv[i], &strings, sizeof strings))
        return false;
      strings += len;
    }

  frame[0] = 0;
  frame[1] = argc;
  frame[2] = (uint32_t) argv;
  *esp = (uint32_t *) argv - 3;
  return (usermem_write (&argv[argc], &null, sizeof null)
          && usermem_write (*esp, frame, sizeof frame));
}
