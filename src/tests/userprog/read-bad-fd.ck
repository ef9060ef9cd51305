# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(read-bad-fd) begin
(read-bad-fd) read(1) = -1
(read-bad-fd) read(2) = -1
(read-bad-fd) read(99) = -1
(read-bad-fd) read(-1) = -1
(read-bad-fd) read(2147483647) = -1
(read-bad-fd) open "sample.txt"
(read-bad-fd) read(closed) = -1
(read-bad-fd) end
read-bad-fd: exit(0)
EOF
pass;
