# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-misalign) begin
(mmap-misalign) open "sample.txt"
(mmap-misalign) mmap at MAP_ADDR + 1 must fail
(mmap-misalign) mmap at MAP_ADDR + 2048 must fail
(mmap-misalign) mmap at MAP_ADDR works
(mmap-misalign) end
mmap-misalign: exit(0)
EOF
pass;
