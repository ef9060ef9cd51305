# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-arg) begin
(child-args) argv[0] = 'child-args'
(child-args) argv[1] = 'first'
(child-args) argv[2] = 'second'
child-args: exit(3)
(exec-arg) wait(exec()) = 3
(exec-arg) end
exec-arg: exit(0)
EOF
pass;
