# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-code) begin
(mmap-over-code) open "sample.txt"
(mmap-over-code) mmap at the program's first page must fail
(mmap-over-code) mmap at this function's code must fail
(mmap-over-code) the code is unchanged
(mmap-over-code) end
mmap-over-code: exit(0)
EOF
pass;
