# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-bad-fd) begin
(write-bad-fd) write(0) = -1
(write-bad-fd) write(2) = -1
(write-bad-fd) write(99) = -1
(write-bad-fd) write(-1) = -1
(write-bad-fd) write(2147483647) = -1
(write-bad-fd) open "sample.txt"
(write-bad-fd) write(closed) = -1
(write-bad-fd) end
write-bad-fd: exit(0)
EOF
pass;
