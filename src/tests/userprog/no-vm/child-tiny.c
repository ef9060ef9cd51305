/* One link of oom-kernel's chains: a program of a single page, so that
   a process costs more kernel memory (its thread, page directory and
   page tables) than user memory, and chains of it run the kernel pool
   dry before the user pool.

   "child-tiny DEPTH OPENS" opens its own executable OPENS times, then
   starts "child-tiny DEPTH+1 OPENS" and returns what that returns.
   The link whose exec fails, for lack of kernel memory, is the tip:
   it makes BURSTS bursts of file system calls with the kernel pool all
   but empty, any of which may fail but none of which may bring the
   kernel down, and returns DEPTH.

   It has its own entry point and makes its system calls itself, so
   that nothing of the C library is linked in. */

#include <stdint.h>
#include <syscall-nr.h>

/* Bursts of calls the tip makes. */
#define BURSTS 8

int main (int argc, char *argv[]);
void _start (int argc, char *argv[]);

/* Makes system call NUMBER with arguments ARG0, ARG1 and ARG2.  The
   operands are registers or constants, never memory that the pushes
   could move away from under them. */
static int
sys (int number, uint32_t arg0, uint32_t arg1, uint32_t arg2)
{
  int result;

  asm volatile ("pushl %4; pushl %3; pushl %2; pushl %1; int $0x30;"
                "addl $16, %%esp"
                : "=a" (result)
                : "ri" (number), "ri" (arg0), "ri" (arg1), "ri" (arg2)
                : "memory");
  return result;
}

/* Returns the decimal number at S. */
static int
parse (const char *s)
{
  int n = 0;

  while (*s >= '0' && *s <= '9')
    n = n * 10 + (*s++ - '0');
  return n;
}

/* Appends the string S at *END, which it advances. */
static void
append_string (char **end, const char *s)
{
  while (*s != '\0')
    *(*end)++ = *s++;
}

/* Appends the decimal N and a space at *END, which it advances. */
static void
append_number (char **end, int n)
{
  char digits[12];
  int cnt = 0;

  do
    digits[cnt++] = '0' + n % 10;
  while ((n /= 10) > 0);
  while (cnt > 0)
    *(*end)++ = digits[--cnt];
  *(*end)++ = ' ';
}

/* The tip's file system calls, with the kernel pool nearly empty.
   The buffer is on the stack: static data would take a page of its
   own. */
static void
burst (void)
{
  char buffer[600];
  int fd;

  sys (SYS_CREATE, (uint32_t) "tip-file", sizeof buffer, 0);
  fd = sys (SYS_OPEN, (uint32_t) "tip-file", 0, 0);
  sys (SYS_WRITE, fd, (uint32_t) buffer, sizeof buffer);
  sys (SYS_SEEK, fd, 0, 0);
  sys (SYS_READ, fd, (uint32_t) buffer, sizeof buffer);
  sys (SYS_REMOVE, (uint32_t) "tip-file", 0, 0);
  sys (SYS_CLOSE, fd, 0, 0);
  sys (SYS_EXEC, (uint32_t) "no-such-program", 0, 0);
  sys (SYS_OPEN, (uint32_t) "tip-file", 0, 0);
}

int
main (int argc, char *argv[])
{
  int depth, opens, i;
  char cmd_line[64];
  char *end = cmd_line;
  int pid;

  if (argc != 3)
    return -2;
  depth = parse (argv[1]);
  opens = parse (argv[2]);
  for (i = 0; i < opens; i++)
    sys (SYS_OPEN, (uint32_t) "child-tiny", 0, 0);

  append_string (&end, "child-tiny ");
  append_number (&end, depth + 1);
  append_number (&end, opens);
  end[-1] = '\0';
  pid = sys (SYS_EXEC, (uint32_t) cmd_line, 0, 0);
  if (pid != -1)
    return sys (SYS_WAIT, pid, 0, 0);
  for (i = 0; i < BURSTS; i++)
    burst ();
  return depth;
}

void
_start (int argc, char *argv[])
{
  sys (SYS_EXIT, main (argc, argv), 0, 0);
}
