# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-condvar) begin
(priority-condvar) main: all 10 threads are waiting
(priority-condvar) main: signaling
(priority-condvar) priority 31 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 30 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 29 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 28 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 27 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 26 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 25 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 24 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 23 thread woke
(priority-condvar) main: signaling
(priority-condvar) priority 22 thread woke
(priority-condvar) end
EOF
pass;
