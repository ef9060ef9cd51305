# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(wait-bad-pid) begin
(wait-bad-pid) wait(0x0c020301) = -1
(wait-bad-pid) wait(PID_ERROR) = -1
(child-simple) run
child-simple: exit(81)
child-spawn: exit(0)
(wait-bad-pid) wait(exec("child-spawn")) = 0
(wait-bad-pid) open "pid"
(wait-bad-pid) child-spawn started a grandchild
(wait-bad-pid) wait(grandchild) = -1
(wait-bad-pid) end
wait-bad-pid: exit(0)
EOF
pass;
