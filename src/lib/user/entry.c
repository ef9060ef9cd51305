/* The entry point of every user program.

   The kernel starts a process at _start with the stack laid out as
   for an ordinary call _start (argc, argv): a fake return address,
   then the two arguments.  Returning from main() ends the process
   with main()'s return value as its exit status. */

#include <syscall.h>

int main (int argc, char *argv[]);
void _start (int argc, char *argv[]) NO_RETURN;

/* Runs main() and exits with its result. */
void
_start (int argc, char *argv[])
{
  exit (main (argc, argv));
}
