# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(mmap-inherit) begin
(mmap-inherit) open "sample.txt"
(mmap-inherit) mmap "sample.txt"
(child-inherit) read the parent's mapping address
child-inherit: exit(-1)
(mmap-inherit) a child that reads the same address is killed
(mmap-inherit) the parent's mapping still holds the file's bytes
(mmap-inherit) end
mmap-inherit: exit(0)
EOF
pass;
