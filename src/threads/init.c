/* Kernel start-up and the kernel command line.

   start.S calls pintos_init() with interrupts off, paging on, and the
   boot page tables mapping the first 4 MB.  pintos_init() brings the
   kernel up one layer at a time -- each layer may use only the ones
   before it -- then carries out the actions on the command line and
   powers off or reboots if asked to.

   The command line was written into the boot sector by the `pintos'
   tool (see loader.h for where); the boot sector is still in memory at
   LOADER_BASE, where the BIOS put it.  Options and actions are each
   described once, in a table that holds the word, its effect and its
   line of `-h' help, so the help cannot drift away from what the
   parser accepts.  All options are read before anything else starts;
   the rest of start-up only reads what they recorded. */

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

/* Number of elements in array A. */
#define ARRAY_CNT(A) (sizeof (A) / sizeof *(A))

/* -ul: the user pool gets at most this many pages. */
static size_t user_page_limit = SIZE_MAX;

/* -rs: true once the command line has seeded the random numbers, so
   that the clock must not reseed them. */
static bool seed_given;

#ifdef FILESYS
/* -f: format the file-system device while booting. */
static bool format_filesys;

/* -filesys=, -scratch=, -swap=: the device named for each role, or a
   null pointer to take the first partition of the role's type. */
static const char *device_name[BLOCK_ROLE_CNT];
#endif

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

/* Prints the "Kernel command line:" line for the words in ARGV.  A
   word that holds a space is shown in single quotes, so a reader can
   tell where each word begins and ends. */
static void
echo_command_line (char **argv)
{
  printf ("Kernel command line:");
  for (; *argv != NULL; argv++)
    {
      const char *quote = strchr (*argv, ' ') != NULL ? "'" : "";
      printf (" %s%s%s", quote, *argv, quote);
    }
  printf ("\n");
}

/* Returns the command line that `pintos' stored in the boot sector as a
   null-terminated array of words, after echoing it.  The words lie
   back to back in LOADER_ARGS_LEN bytes, each ending in a null byte;
   their count is stored just after them. */
static char **
read_command_line (void)
{
  /* A word takes at least two bytes, which bounds the count. */
  static char *argv[LOADER_ARGS_LEN / 2 + 1];
  char *area = ptov (LOADER_ARGS);
  uint32_t word_cnt = *(uint32_t *) ptov (LOADER_ARG_CNT);
  size_t used = 0;
  uint32_t n;

  /* A count that could not fit is not something `pintos' wrote: the
     disk was made another way, so take the command line as empty. */
  if (word_cnt > LOADER_ARGS_LEN / 2)
    word_cnt = 0;

  for (n = 0; n < word_cnt; n++)
    {
      argv[n] = area + used;
      used += strnlen (argv[n], LOADER_ARGS_LEN - used) + 1;
      if (used > LOADER_ARGS_LEN)
        PANIC ("kernel command line: word %"PRIu32" does not end inside "
               "the %d-byte area", n + 1, LOADER_ARGS_LEN);
    }
  argv[word_cnt] = NULL;

  echo_command_line (argv);
  return argv;
}

/* Runs COMMAND and returns when it has finished.  A user-program kernel
   takes COMMAND as a program name followed by its arguments; the
   threads kernel takes it as the name of a kernel test. */
static void
execute_command (const char *command)
{
#ifdef USERPROG
  process_wait (process_execute (command));
#else
  run_test (command);
#endif
}

/* The "run" action.  Test checks find the output of ARGV[1] between the
   two lines printed here. */
static void
action_run (char **argv)
{
  printf ("Executing '%s':\n", argv[1]);
  execute_command (argv[1]);
  printf ("Execution of '%s' complete.\n", argv[1]);
}

/* An action: a word followed by a fixed number of argument words. */
struct action
  {
    const char *name;
    int arg_cnt;                /* How many words follow the name. */
    const char *args_help;      /* Those words in the help, or null. */
    void (*run) (char **argv);  /* ARGV[0] is the name, then the
                                   arguments, then whatever follows. */
    const char *help;           /* What it does, for -h. */
  };

static const struct action actions[] =
  {
#ifdef USERPROG
    {"run", 1, "'PROG [ARG...]'", action_run,
     "run user program PROG with the ARGs until it exits"},
#else
    {"run", 1, "TEST", action_run, "run the kernel test named TEST"},
#endif
#ifdef FILESYS
    {"ls", 0, NULL, fsutil_ls, "list the files of the root directory"},
    {"cat", 1, "FILE", fsutil_cat, "print the contents of FILE"},
    {"rm", 1, "FILE", fsutil_rm, "remove FILE"},
    {"extract", 0, NULL, fsutil_extract,
     "unpack the ustar archive on the scratch disk"},
    {"append", 1, "FILE", fsutil_append,
     "add FILE to the ustar archive on the scratch disk"},
#endif
  };

static void usage (void) NO_RETURN;

/* What each option does.  An option that takes no value is passed a
   null VALUE. */

/* -h. */
static void
opt_help (const char *value UNUSED)
{
  usage ();
}

/* -q: a panic goes through shutdown() too, so it also powers off. */
static void
opt_power_off (const char *value UNUSED)
{
  shutdown_configure (SHUTDOWN_POWER_OFF);
}

/* -r. */
static void
opt_reboot (const char *value UNUSED)
{
  shutdown_configure (SHUTDOWN_REBOOT);
}

#ifdef FILESYS
/* -f. */
static void
opt_format (const char *value UNUSED)
{
  format_filesys = true;
}

/* -filesys=BDEV. */
static void
opt_filesys_device (const char *bdev)
{
  device_name[BLOCK_FILESYS] = bdev;
}

/* -scratch=BDEV. */
static void
opt_scratch_device (const char *bdev)
{
  device_name[BLOCK_SCRATCH] = bdev;
}

#ifdef VM
/* -swap=BDEV. */
static void
opt_swap_device (const char *bdev)
{
  device_name[BLOCK_SWAP] = bdev;
}
#endif
#endif /* FILESYS */

/* -rs=SEED: the same seed gives the same random numbers on every run,
   which makes a failure that depends on them repeatable. */
static void
opt_seed (const char *seed)
{
  random_init (atoi (seed));
  seed_given = true;
}

/* -mlfqs. */
static void
opt_mlfqs (const char *value UNUSED)
{
  thread_mlfqs = true;
}

#ifdef VM
/* -vmtrace=TICKS: watch paging as it happens (vm.c). */
static void
opt_vm_trace (const char *ticks)
{
  vm_set_trace (atoi (ticks));
}

/* -nocow (vm.c). */
static void
opt_nocow (const char *value UNUSED)
{
  vm_set_nocow ();
}
#endif

#ifdef USERPROG
/* -ul=COUNT: tests use a small user pool to run out of memory fast. */
static void
opt_user_limit (const char *count)
{
  user_page_limit = atoi (count);
}
#endif

/* An option: "-NAME", or "-NAME=VALUE" if it takes a value. */
struct option
  {
    const char *name;                   /* With its leading '-'. */
    const char *value_name;             /* VALUE in the help, or null if
                                           the option takes no value. */
    void (*apply) (const char *value);
    const char *help;                   /* What it does, for -h. */
  };

static const struct option options[] =
  {
    {"-h", NULL, opt_help, "print this help, then power off"},
    {"-q", NULL, opt_power_off, "power off after the actions or a panic"},
    {"-r", NULL, opt_reboot, "reboot after the actions or a panic"},
#ifdef FILESYS
    {"-f", NULL, opt_format, "format the file system while booting"},
    {"-filesys", "BDEV", opt_filesys_device,
     "keep the file system on block device BDEV"},
    {"-scratch", "BDEV", opt_scratch_device,
     "use block device BDEV as the scratch disk"},
#ifdef VM
    {"-swap", "BDEV", opt_swap_device, "swap to block device BDEV"},
    {"-vmtrace", "TICKS", opt_vm_trace,
     "print the VM counters every TICKS timer ticks"},
    {"-nocow", NULL, opt_nocow,
     "fork copies pages at once (the bench's forced-copy baseline)"},
#endif
#endif
    {"-rs", "SEED", opt_seed, "seed the random number generator with SEED"},
    {"-mlfqs", NULL, opt_mlfqs,
     "use the 4.4BSD multi-level feedback queue scheduler"},
#ifdef USERPROG
    {"-ul", "COUNT", opt_user_limit,
     "put at most COUNT pages in the user pool"},
#endif
  };

/* Prints one entry of the help: TERM, then SEP and ARG if ARG is not
   null, padded to a column, then EXPLANATION. */
static void
print_help_entry (const char *term, const char *sep, const char *arg,
                  const char *explanation)
{
  char column[32];

  snprintf (column, sizeof column, "%s%s%s",
            term, arg != NULL ? sep : "", arg != NULL ? arg : "");
  printf ("  %-20s %s\n", column, explanation);
}

/* Prints the help for the kernel command line and powers off. */
static void
usage (void)
{
  const struct action *a;
  const struct option *o;

  printf ("\n"
          "Usage: [OPTION...] [ACTION...]\n"
          "Every option comes before the first action.  The actions are\n"
          "then carried out one at a time, from left to right.\n"
          "\n"
          "Actions:\n");
  for (a = actions; a < actions + ARRAY_CNT (actions); a++)
    print_help_entry (a->name, " ", a->args_help, a->help);
#ifdef FILESYS
  printf ("  (`pintos -p' and `-g' add extract and append themselves.)\n");
#endif

  printf ("\nOptions:\n");
  for (o = options; o < options + ARRAY_CNT (options); o++)
    print_help_entry (o->name, "=", o->value_name, o->help);
#ifdef FILESYS
  printf ("Where no BDEV is given, the first partition of the matching\n"
          "type is used.\n");
#endif

  shutdown_power_off ();
}

/* Returns the option spelled NAME, or a null pointer if none is. */
static const struct option *
find_option (const char *name)
{
  const struct option *o;

  for (o = options; o < options + ARRAY_CNT (options); o++)
    if (strcmp (o->name, name) == 0)
      return o;
  return NULL;
}

/* Carries out the options at the front of ARGV and returns a pointer to
   the first word that is not an option, where the actions begin.
   Panics on a word it does not know or on a value that is missing or
   not wanted. */
static char **
parse_options (char **argv)
{
  for (; *argv != NULL && (*argv)[0] == '-'; argv++)
    {
      char *name = *argv;
      char *value = strchr (name, '=');
      const struct option *o;

      /* Split "-NAME=VALUE" in place; "-NAME=" counts as no value. */
      if (value != NULL)
        {
          *value++ = '\0';
          if (*value == '\0')
            value = NULL;
        }

      o = find_option (name);
      if (o == NULL)
        PANIC ("no such option `%s' (-h lists them)", name);
      if (o->value_name != NULL && value == NULL)
        PANIC ("option `%s' needs a value: %s=%s", name, name, o->value_name);
      if (o->value_name == NULL && value != NULL)
        PANIC ("option `%s' takes no value", name);
      o->apply (value);
    }

  /* Unseeded, every run would see the same numbers; the clock gives
     each run its own. */
  if (!seed_given)
    random_init (rtc_get_time ());
  return argv;
}

/* Returns the action called NAME, or a null pointer if none is. */
static const struct action *
find_action (const char *name)
{
  const struct action *a;

  for (a = actions; a < actions + ARRAY_CNT (actions); a++)
    if (strcmp (a->name, name) == 0)
      return a;
  return NULL;
}

/* Returns how many words ARGV holds before its null terminator, but
   counts no further than MAX. */
static int
count_words (char **argv, int max)
{
  int n = 0;

  while (n < max && argv[n] != NULL)
    n++;
  return n;
}

/* Carries out the actions in ARGV, in order. */
static void
run_actions (char **argv)
{
  while (*argv != NULL)
    {
      const struct action *a = find_action (argv[0]);

      if (a == NULL)
        PANIC ("no such action `%s' (-h lists them)", argv[0]);
      if (count_words (argv + 1, a->arg_cnt) < a->arg_cnt)
        PANIC ("action `%s' needs %d argument(s)", a->name, a->arg_cnt);
      a->run (argv);
      argv += 1 + a->arg_cnt;
    }
}

#ifdef FILESYS
/* Returns the first registered block device of TYPE, or a null pointer
   if there is none. */
static struct block *
first_device_of_type (enum block_type type)
{
  struct block *b = block_first ();

  while (b != NULL && block_type (b) != type)
    b = block_next (b);
  return b;
}

/* Gives each role this kernel uses its block device: the one named by
   an option, else the first partition of the role's type.  A role that
   finds no device stays unassigned; whoever needs it reports that. */
static void
assign_block_roles (void)
{
  static const enum block_type roles[] =
    {
      BLOCK_FILESYS,
      BLOCK_SCRATCH,
#ifdef VM
      BLOCK_SWAP,
#endif
    };
  size_t i;

  for (i = 0; i < ARRAY_CNT (roles); i++)
    {
      enum block_type role = roles[i];
      const char *name = device_name[role];
      struct block *device;

      if (name == NULL)
        device = first_device_of_type (role);
      else if ((device = block_get_by_name (name)) == NULL)
        PANIC ("no block device is named \"%s\"", name);
      if (device == NULL)
        continue;
      printf ("%s: using %s\n", block_type_name (role), block_name (device));
      block_set_role (role, device);
    }
}
#endif /* FILESYS */

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
  assign_block_roles ();
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
