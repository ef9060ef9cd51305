# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(rox-child) begin
(rox-child) open "child-rox"
(rox-child) read its first byte
(child-rox) open "child-rox"
(child-rox) try to write "child-rox"
child-rox: exit(5)
(rox-child) wait(exec("child-rox")) = 5
(rox-child) write "child-rox" after it exits
(rox-child) end
rox-child: exit(0)
EOF
pass;
