# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-zero) begin
(mmap-zero) create "empty" (0 bytes)
(mmap-zero) open "empty"
(mmap-zero) mmap at MAP_ADDR of an empty file must fail
(mmap-zero) end
mmap-zero: exit(0)
EOF
pass;
