# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-twice) begin
(mmap-twice) open "sample.txt"
(mmap-twice) open "sample.txt" again
(mmap-twice) mmap "sample.txt"
(mmap-twice) mmap "sample.txt"
(mmap-twice) both mappings hold the file's bytes
(mmap-twice) end
mmap-twice: exit(0)
EOF
pass;
