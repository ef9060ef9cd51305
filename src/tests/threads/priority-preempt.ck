# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-preempt) begin
(priority-preempt) priority 32 thread: turn 1
(priority-preempt) priority 32 thread: turn 2
(priority-preempt) priority 32 thread: turn 3
(priority-preempt) main: the priority 32 thread finished before thread_create returned
(priority-preempt) priority 33 thread: turn 1
(priority-preempt) priority 33 thread: turn 2
(priority-preempt) priority 33 thread: turn 3
(priority-preempt) main: the priority 33 thread finished before thread_create returned
(priority-preempt) priority 34 thread: turn 1
(priority-preempt) priority 34 thread: turn 2
(priority-preempt) priority 34 thread: turn 3
(priority-preempt) main: the priority 34 thread finished before thread_create returned
(priority-preempt) end
EOF
pass;
