# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::threads::panic;
# Which of thread_current()'s checks trips first depends on which bytes
# of struct thread the stack has written when it looks: frames need not
# write every byte they reserve, and a timer interrupt can push a frame
# deep into the struct at any moment.  Either check catches the
# overflow.
check_panic (
  before => ['(stack-overflow) a thread recurses until its stack overflows'],
  message => qr/^assertion `(is_thread \(t\)|t->status == THREAD_RUNNING)'/,
  function => 'thread_current',
  source => 'ASSERT (',
  stack => [qw(debug_panic thread_current recurse overflow_thread)]);
