# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-close) begin
(mmap-close) create "closed.txt" (196 bytes)
(mmap-close) open "closed.txt"
(mmap-close) mmap "closed.txt"
(mmap-close) close it
(mmap-close) the mapping still holds the file's bytes
(mmap-close) change the first word through the mapping, and munmap
(mmap-close) open "closed.txt" again
(mmap-close) the file holds the change
(mmap-close) end
mmap-close: exit(0)
EOF
pass;
