# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-recurse) begin 10
(exec-recurse) begin 9
(exec-recurse) begin 8
(exec-recurse) begin 7
(exec-recurse) begin 6
(exec-recurse) begin 5
(exec-recurse) begin 4
(exec-recurse) begin 3
(exec-recurse) begin 2
(exec-recurse) begin 1
(exec-recurse) begin 0
(exec-recurse) end 0
exec-recurse: exit(0)
(exec-recurse) end 1
exec-recurse: exit(1)
(exec-recurse) end 2
exec-recurse: exit(3)
(exec-recurse) end 3
exec-recurse: exit(6)
(exec-recurse) end 4
exec-recurse: exit(10)
(exec-recurse) end 5
exec-recurse: exit(15)
(exec-recurse) end 6
exec-recurse: exit(21)
(exec-recurse) end 7
exec-recurse: exit(28)
(exec-recurse) end 8
exec-recurse: exit(36)
(exec-recurse) end 9
exec-recurse: exit(45)
(exec-recurse) end 10
exec-recurse: exit(55)
EOF
pass;
