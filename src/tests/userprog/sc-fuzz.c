/* Throws random system calls with hostile arguments at the kernel.
   Whatever a process asks, the worst that may happen is that it is
   killed; the kernel must stay up, keep serving the other processes
   and free everything the dead ones held.

   "sc-fuzz" (the test) runs CHILD_CNT fuzzing children, BATCH at a
   time, waits for each, and reports how many made all their calls and
   how many the kernel killed.  Each child's calls depend only on its
   seed and on what the kernel answers, so a run can be reproduced.

   "sc-fuzz SEED" (a child) makes up to CALL_CNT system calls drawn
   with a generator seeded by SEED: mostly numbers that exist, now and
   then one that does not, and argument words from a pool of
   interesting values -- small numbers, sizes around a page, its own
   descriptors and children, pointers into its stack, data and code,
   strings that cross a page or run off the end of its data, and
   addresses that are unmapped, in the kernel or wrap around.  Each
   argument is drawn to suit the call (a pointer where it takes one,
   usually a size that fits the buffer), except that children are
   wild to different degrees: a quarter of them never stray, the
   others draw 1, 4 or 15 percent of their words from the whole pool,
   make calls that do not exist, or trap with the stack pointer at a
   bad address.  A child that survives exits with SURVIVED.

   A child avoids only what would stop the test rather than the
   child: HALT, EXIT before the end, reading the keyboard (nothing is
   typed, so the read would wait forever), creating or removing the
   files other processes use, starting anything but "sc-fuzz quiet"
   (its memory may come to hold any string its program contains,
   "sc-fuzz" included), and console output other than a fixed text
   (dumping its own memory could print anything, "FAIL" included).

   "sc-fuzz quiet" exits at once with QUIET; it is what children
   start when they exec. */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syscall.h>
#include <syscall-nr.h>
#include "tests/lib.h"
#include "tests/userprog/boundary.h"

/* Children in all, and how many run at once. */
#define CHILD_CNT 48
#define BATCH 4

/* System calls each child makes, at most. */
#define CALL_CNT 300

/* Exit statuses of a child that made all its calls, and of "quiet". */
#define SURVIVED 100
#define QUIET 33

#define PAGE_SIZE 4096
#define USER_TOP 0xc0000000u

/* Room in main()'s frame that the child's stack pointers point into.
   fuzz() runs below it and never returns, so whatever the kernel
   writes there cannot touch a live frame. */
#define STACK_AREA_SIZE 256

/* The only thing a child ever writes to the console. */
static const char console_text[] = "<fuzz write>\n";

/* Strings a child passes.  They live in the data segment, where reads
   may overwrite them: that is fine, it only makes other strings. */
static char own_names[2][16];           /* Files only this child uses. */
static char long_string[PAGE_SIZE + 1]; /* A page of 'x' without null. */

/* What children may start, and files they must leave alone: any
   name starting with one of the prefixes. */
static const char quiet_cmd[] = "sc-fuzz quiet";
static const char *const shared_prefixes[] = {"sc-fuzz", "sample.txt"};

/* Returns the next number from the xorshift generator at *STATE. */
static uint32_t
next_random (uint32_t *state)
{
  uint32_t x = *state;

  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *state = x;
}

/* Returns a random element of the CNT words at POOL. */
static uint32_t
pick (uint32_t *state, const uint32_t *pool, size_t cnt)
{
  return pool[next_random (state) % cnt];
}

#define PICK(STATE, POOL) pick (STATE, POOL, sizeof POOL / sizeof *POOL)

/* What one child works with: its generator, its live descriptors and
   children, and the pointers it chooses from. */
struct fuzzer
  {
    uint32_t state;             /* Generator state. */
    uint32_t wildness;          /* Percent of words drawn at random. */
    uint32_t handles[8];        /* Fds and pids the kernel gave us. */
    size_t handle_cnt;
    uint32_t good_ptrs[18];     /* Readable memory: writable first... */
    size_t writable_cnt;        /* ...this many. */
    uint32_t bad_ptrs[12];      /* Bad or half-bad addresses. */
    uint32_t bad_stacks[7];     /* Stack pointers that must kill. */
    uint32_t data_start;        /* Readable: the image... */
    uint32_t data_end;          /* ...up to its first unmapped page... */
    uint32_t stack_start;       /* ...and the stack's top page. */
  };

/* Sets up F for a child with SEED whose stack area is STACK_AREA. */
static void
fuzzer_init (struct fuzzer *f, int seed, char *stack_area)
{
  char *arena = (char *) boundary_area () - PAGE_SIZE;
  uint32_t stack_page = (uint32_t) stack_area & ~(PAGE_SIZE - 1);
  uint32_t unmapped = (uint32_t) unmapped_page ();
  static const uint32_t wildness[] = {0, 1, 4, 15};
  size_t i = 0, j = 0;

  f->state = 2463534242u ^ (uint32_t) seed * 2654435761u;
  f->wildness = wildness[seed % 4];
  f->handle_cnt = 0;

  snprintf (own_names[0], sizeof own_names[0], "fz%d-a", seed);
  snprintf (own_names[1], sizeof own_names[1], "fz%d-b", seed);
  memset (long_string, 'x', PAGE_SIZE);
  memset (stack_area, 's', STACK_AREA_SIZE);

  /* The child's own names, which make calls do the most, take three
     of the slots. */
  f->good_ptrs[i++] = (uint32_t) own_names[0];
  f->good_ptrs[i++] = (uint32_t) own_names[1];
  f->good_ptrs[i++] = (uint32_t) own_names[0];
  f->good_ptrs[i++] = (uint32_t) long_string;         /* Too long. */
  f->good_ptrs[i++] = (uint32_t) long_string + 1;     /* Just fits. */
  f->good_ptrs[i++] = (uint32_t) boundary_string (own_names[1]);
  f->good_ptrs[i++] = (uint32_t) arena;
  f->good_ptrs[i++] = (uint32_t) arena + PAGE_SIZE - 3;
  f->good_ptrs[i++] = (uint32_t) stack_area;
  f->good_ptrs[i++] = USER_TOP - 1;
  f->good_ptrs[i++] = USER_TOP - 4;
  f->writable_cnt = i;
  f->good_ptrs[i++] = (uint32_t) "sample.txt";
  f->good_ptrs[i++] = (uint32_t) quiet_cmd;
  f->good_ptrs[i++] = (uint32_t) "";
  f->good_ptrs[i++] = (uint32_t) "   ";
  f->good_ptrs[i++] = (uint32_t) "a-name-too-long-for-any-file";
  f->good_ptrs[i++] = (uint32_t) next_random;          /* Code. */
  f->good_ptrs[i++] = (uint32_t) console_text;
  ASSERT (i == sizeof f->good_ptrs / sizeof *f->good_ptrs);

  f->bad_ptrs[j++] = 0;
  f->bad_ptrs[j++] = 3;
  f->bad_ptrs[j++] = 0x20101234;
  f->bad_ptrs[j++] = unmapped;
  f->bad_ptrs[j++] = unmapped - 1;
  f->bad_ptrs[j++] = (uint32_t) string_into_unmapped ("fuzz");
  f->bad_ptrs[j++] = stack_page - 1;
  f->bad_ptrs[j++] = USER_TOP;
  f->bad_ptrs[j++] = USER_TOP + 0x100000;
  f->bad_ptrs[j++] = 0xfffffffe;
  f->bad_ptrs[j++] = 0x7fffffff;
  f->bad_ptrs[j++] = 0x80000000;
  ASSERT (j == sizeof f->bad_ptrs / sizeof *f->bad_ptrs);

  /* Not merely unmapped: too far from the stack to be taken for its
     growth in a kernel with virtual memory. */
  j = 0;
  f->bad_stacks[j++] = 0;
  f->bad_stacks[j++] = 0x20101234;
  f->bad_stacks[j++] = unmapped;
  f->bad_stacks[j++] = unmapped - 2;
  f->bad_stacks[j++] = USER_TOP - 2;
  f->bad_stacks[j++] = USER_TOP + 0x100000;
  f->bad_stacks[j++] = 0xfffffffc;
  ASSERT (j == sizeof f->bad_stacks / sizeof *f->bad_stacks);

  f->data_start = 0x08048000;
  f->data_end = unmapped;
  f->stack_start = stack_page;
}

/* Argument words that are not pointers: descriptors, sizes, ids. */
static const uint32_t small_numbers[] =
  {
    0, 1, 2, 3, 4, 5, 7, 12, 100, 127, 128, 129, 130, 512, 4095, 4096,
    4097, 8192,
  };
static const uint32_t huge_numbers[] =
  {
    0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, USER_TOP,
  };

/* What each call takes, one letter per argument word: `s' a string,
   `b' a buffer or address to read, `w' a buffer to write, `f' a
   descriptor, `n' a size or position, `p' a process id.  Words a call
   does not take are random. */
static const char *const signatures[] =
  {
    [SYS_EXEC] = "s", [SYS_WAIT] = "p", [SYS_CREATE] = "sn",
    [SYS_REMOVE] = "s", [SYS_OPEN] = "s", [SYS_FILESIZE] = "f",
    [SYS_READ] = "fwn", [SYS_WRITE] = "fbn", [SYS_SEEK] = "fn",
    [SYS_TELL] = "f", [SYS_CLOSE] = "f", [SYS_MMAP] = "fb",
    [SYS_MUNMAP] = "p", [SYS_CHDIR] = "s", [SYS_MKDIR] = "s",
    [SYS_READDIR] = "fw", [SYS_ISDIR] = "f", [SYS_INUMBER] = "f",
  };

/* Returns a true value PERCENT times in a hundred. */
static bool
chance (struct fuzzer *f, uint32_t percent)
{
  return next_random (&f->state) % 100 < percent;
}

/* Returns a descriptor or process id the kernel gave F, or if there
   are none, a small number. */
static uint32_t
random_handle (struct fuzzer *f)
{
  if (f->handle_cnt > 0 && chance (f, 70))
    return f->handles[next_random (&f->state) % f->handle_cnt];
  return PICK (&f->state, small_numbers);
}

/* Returns any word F might pass, good or bad. */
static uint32_t
random_word (struct fuzzer *f)
{
  switch (next_random (&f->state) % 5)
    {
    case 0: return PICK (&f->state, small_numbers);
    case 1: return PICK (&f->state, huge_numbers);
    case 2: return random_handle (f);
    case 3: return PICK (&f->state, f->good_ptrs);
    default: return PICK (&f->state, f->bad_ptrs);
    }
}

/* Returns a word for an argument of KIND (see signatures[]): one that
   fits it, unless F feels wild. */
static uint32_t
random_arg (struct fuzzer *f, char kind)
{
  if (chance (f, f->wildness))
    return random_word (f);
  switch (kind)
    {
    case 'w':
      if (chance (f, 85))
        return f->good_ptrs[next_random (&f->state) % f->writable_cnt];
      /* Fall through. */
    case 's':
    case 'b':
      return PICK (&f->state, f->good_ptrs);
    case 'f':
    case 'p':
      return random_handle (f);
    case 'n':
      return PICK (&f->state, small_numbers);
    default:
      return random_word (f);
    }
}

/* Returns a size for a buffer at BUF that F just chose: usually one
   that fits in the memory there, so that the call does something. */
static uint32_t
fitting_size (struct fuzzer *f, uint32_t buf)
{
  uint32_t end = buf >= f->stack_start ? USER_TOP : f->data_end;
  uint32_t room;

  if (buf < f->data_start || buf >= end || chance (f, 15))
    return PICK (&f->state, small_numbers);
  room = end - buf < 8192 ? end - buf : 8192;
  return next_random (&f->state) % (room + 1);
}

/* Returns a random system call number: one that exists, other than
   HALT and EXIT, unless F feels wild (and even then, rarely, since
   any other number ends it). */
static int
random_number (struct fuzzer *f)
{
  static const uint32_t bad_numbers[] =
    {
      -5u, -4u, -3u, -2u, -1u, 20, 21, 22, 23, 24, 25, 0x7fffffff,
      0x80000000,
    };

  if (chance (f, f->wildness) && chance (f, 25))
    return PICK (&f->state, bad_numbers);
  return SYS_EXEC + next_random (&f->state) % (SYS_INUMBER - SYS_EXEC + 1);
}

/* True if P points to a string, in memory F may read, that starts
   with one of shared_prefixes[].  Comparing stops at the first
   difference, so it reads past the end of readable memory only if a
   prefix runs right up to it, and then the child dies of the fault:
   an end as good as any. */
static bool
names_shared (const struct fuzzer *f, uint32_t p)
{
  size_t i;

  if (!((p >= f->data_start && p < f->data_end)
        || (p >= f->stack_start && p < USER_TOP)))
    return false;
  for (i = 0; i < sizeof shared_prefixes / sizeof *shared_prefixes; i++)
    {
      const char *s = (const char *) p;
      const char *prefix = shared_prefixes[i];

      while (*prefix != '\0' && *s == *prefix)
        s++, prefix++;
      if (*prefix == '\0')
        return true;
    }
  return false;
}

/* Changes the call NUMBER with ARGS, about to be made by F, so that
   it cannot stop the test (see the top of the file). */
static void
defuse (const struct fuzzer *f, int number, uint32_t args[3])
{
  bool changes_names = (number == SYS_CREATE || number == SYS_REMOVE
                        || number == SYS_MKDIR);

  if (changes_names && names_shared (f, args[0]))
    args[0] = (uint32_t) own_names[0];
  if (number == SYS_EXEC && names_shared (f, args[0]))
    args[0] = (uint32_t) quiet_cmd;
  if (number == SYS_READ && args[0] == STDIN_FILENO && args[2] != 0)
    args[0] = STDOUT_FILENO;
  if (number == SYS_WRITE && args[0] == STDOUT_FILENO)
    {
      args[1] = (uint32_t) console_text;
      if (args[2] > sizeof console_text - 1)
        args[2] = sizeof console_text - 1;
    }
}

/* Makes system call NUMBER with ARGS and returns what the kernel
   put in %eax. */
static uint32_t
raw_syscall (int number, const uint32_t args[3])
{
  uint32_t result;

  asm volatile ("pushl %[a2]; pushl %[a1]; pushl %[a0]; pushl %[nr];"
                "int $0x30; addl $16, %%esp"
                : "=a" (result)
                : [nr] "r" (number), [a0] "r" (args[0]), [a1] "r" (args[1]),
                  [a2] "r" (args[2])
                : "memory");
  return result;
}

/* Traps into the kernel with the stack pointer at ESP, which should
   get the process killed.  If the kernel returns instead, carries
   on. */
static void
trap_with_stack (uint32_t esp)
{
  asm volatile ("movl %%esp, %%edi; movl %0, %%esp; int $0x30;"
                "movl %%edi, %%esp"
                : : "r" (esp) : "eax", "edi", "memory");
}

/* The life of a child with SEED: CALL_CNT random calls. */
static void NO_RETURN __attribute__ ((noinline))
fuzz (int seed, char *stack_area)
{
  struct fuzzer f;
  int call;

  fuzzer_init (&f, seed, stack_area);
  for (call = 0; call < CALL_CNT; call++)
    {
      int number = random_number (&f);
      const char *signature = (number >= SYS_EXEC && number <= SYS_INUMBER
                               ? signatures[number] : "");
      uint32_t args[3];
      uint32_t result;
      size_t i;

      if (chance (&f, f.wildness) && chance (&f, 10))
        trap_with_stack (PICK (&f.state, f.bad_stacks));

      for (i = 0; i < 3; i++)
        args[i] = random_arg (&f, i < strlen (signature) ? signature[i] : 0);
      if (strlen (signature) == 3 && signature[2] == 'n'
          && !chance (&f, f.wildness))
        args[2] = fitting_size (&f, args[1]);
      defuse (&f, number, args);
      result = raw_syscall (number, args);

      /* Keep descriptors and children for later calls. */
      if ((number == SYS_OPEN || number == SYS_EXEC) && result != (uint32_t) -1
          && f.handle_cnt < sizeof f.handles / sizeof *f.handles)
        f.handles[f.handle_cnt++] = result;
    }
  exit (SURVIVED);
}

/* The test: runs the children and counts how they ended. */
static void
run_children (void)
{
  int survived = 0, killed = 0;
  int first;

  msg ("begin");
  for (first = 0; first < CHILD_CNT; first += BATCH)
    {
      pid_t pids[BATCH];
      int i;

      for (i = 0; i < BATCH; i++)
        {
          char cmd_line[32];

          snprintf (cmd_line, sizeof cmd_line, "sc-fuzz %d", first + i + 1);
          if ((pids[i] = exec (cmd_line)) == PID_ERROR)
            fail ("exec \"%s\" failed", cmd_line);
        }
      for (i = 0; i < BATCH; i++)
        {
          int status = wait (pids[i]);

          if (status == SURVIVED)
            survived++;
          else if (status == -1)
            killed++;
          else
            fail ("child %d exited with status %d", first + i + 1, status);
        }
    }
  msg ("%d children: %d made all their calls, %d were killed",
       CHILD_CNT, survived, killed);
  msg ("end");
}

int
main (int argc, char *argv[])
{
  char stack_area[STACK_AREA_SIZE];

  test_name = "sc-fuzz";
  if (argc == 1 && !strcmp (argv[0], "sc-fuzz"))
    {
      run_children ();
      return 0;
    }
  if (argc == 2 && atoi (argv[1]) > 0)
    fuzz (atoi (argv[1]), stack_area);
  return QUIET;
}
