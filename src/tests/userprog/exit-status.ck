# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exit-status) begin
child-exit: exit(0)
(exit-status) child exited with 0
child-exit: exit(1)
(exit-status) child exited with 1
child-exit: exit(-2)
(exit-status) child exited with -2
child-exit: exit(255)
(exit-status) child exited with 255
child-exit: exit(256)
(exit-status) child exited with 256
child-exit: exit(2147483647)
(exit-status) child exited with 2147483647
child-exit: exit(-2147483647)
(exit-status) child exited with -2147483647
(exit-status) end
exit-status: exit(0)
EOF
pass;
