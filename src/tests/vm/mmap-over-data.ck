# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-over-data) begin
(mmap-over-data) open "sample.txt"
(mmap-over-data) mmap at initialized data must fail
(mmap-over-data) mmap at touched zeroed data must fail
(mmap-over-data) mmap at untouched zeroed data must fail
(mmap-over-data) the data is unchanged
(mmap-over-data) end
mmap-over-data: exit(0)
EOF
pass;
