/* After fork() the parent and its child each have memory of their
   own: both start with what the parent had at the fork, in the data
   segment and on the stack, and neither sees what the other writes
   afterwards.  fork() returns 0 in the child and the child's pid in
   the parent.  Two children, the second forked before the first is
   waited for, exit with different statuses, and wait() hands each
   one's to the parent, whatever order they end in.  The children
   print nothing unless something is wrong, so that only their exit
   lines, in either order, come between the parent's messages. */

#include "tests/lib.h"
#include "tests/main.h"

/* A word in the data segment. */
static volatile int data_word = 1000;

/* Runs in a new child, numbered NUMBER, whose copy of the parent's
   stack variable is at STACK_WORD: the child must find DATA and STACK,
   the values the parent had at the fork, then write its own and read
   them back, and exits with 80 + NUMBER. */
static void NO_RETURN
run_child (int number, volatile int *stack_word, int data, int stack)
{
  if (data_word != data || *stack_word != stack)
    fail ("child %d sees %d and %d, not %d and %d as at its fork",
          number, data_word, *stack_word, data, stack);
  data_word = 3000 + number;
  *stack_word = 4000 + number;
  if (data_word != 3000 + number || *stack_word != 4000 + number)
    fail ("child %d lost its own writes", number);
  exit (80 + number);
}

/* Forks child NUMBER, which sees DATA in data_word and STACK in
   *STACK_WORD, and returns its pid. */
static pid_t
fork_child (int number, volatile int *stack_word, int data, int stack)
{
  pid_t pid = fork ();

  if (pid == 0)
    run_child (number, stack_word, data, stack);
  if (pid == PID_ERROR)
    fail ("fork child %d", number);
  return pid;
}

void
test_main (void)
{
  volatile int stack_word = 2000;
  pid_t first, second;
  int first_status, second_status;

  msg ("fork two children; each writes its copies of two words");
  first = fork_child (1, &stack_word, 1000, 2000);

  /* The first child may or may not have read the words yet: either
     way it must see the old values. */
  data_word = 1111;
  stack_word = 2222;
  second = fork_child (2, &stack_word, 1111, 2222);
  if (first <= 0 || second <= 0 || first == second)
    fail ("fork returned pids %d and %d", first, second);

  second_status = wait (second);
  first_status = wait (first);
  msg ("wait for the second child: %d", second_status);
  msg ("wait for the first child: %d", first_status);
  CHECK (data_word == 1111 && stack_word == 2222,
         "the parent still has its own values");
}
