# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-priority) begin
(alarm-priority) priority 30 thread woke
(alarm-priority) priority 29 thread woke
(alarm-priority) priority 28 thread woke
(alarm-priority) priority 27 thread woke
(alarm-priority) priority 26 thread woke
(alarm-priority) priority 25 thread woke
(alarm-priority) priority 24 thread woke
(alarm-priority) priority 23 thread woke
(alarm-priority) priority 22 thread woke
(alarm-priority) priority 21 thread woke
(alarm-priority) all sleepers finished
(alarm-priority) end
EOF
pass;
