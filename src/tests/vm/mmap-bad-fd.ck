# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-bad-fd) begin
(mmap-bad-fd) mmap of fd 0 must fail
(mmap-bad-fd) mmap of fd 1 must fail
(mmap-bad-fd) mmap of fd 2 must fail
(mmap-bad-fd) mmap of fd 5 must fail
(mmap-bad-fd) mmap of fd 128 must fail
(mmap-bad-fd) mmap of fd -1 must fail
(mmap-bad-fd) mmap of fd 2147483647 must fail
(mmap-bad-fd) end
mmap-bad-fd: exit(0)
EOF
pass;
