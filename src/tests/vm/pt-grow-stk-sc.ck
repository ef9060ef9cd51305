# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(pt-grow-stk-sc) begin
(pt-grow-stk-sc) create "stack.dat"
(pt-grow-stk-sc) open "stack.dat"
(pt-grow-stk-sc) write it
(pt-grow-stk-sc) read 12288 bytes into untouched stack pages
(pt-grow-stk-sc) they match the file
(pt-grow-stk-sc) end
pt-grow-stk-sc: exit(0)
EOF
pass;
