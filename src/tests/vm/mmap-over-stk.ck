# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-stk) begin
(mmap-over-stk) open "sample.txt"
(mmap-over-stk) mmap at the stack must fail
(mmap-over-stk) the stack is unchanged
(mmap-over-stk) end
mmap-over-stk: exit(0)
EOF
pass;
