# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-eof) begin
(mmap-eof) create "eof.dat" (5000 bytes)
(mmap-eof) open "eof.dat"
(mmap-eof) mmap "eof.dat"
(mmap-eof) the rest of the last page reads as zeros
(mmap-eof) store past the end of the file and into its first byte, munmap
(mmap-eof) the file is still 5000 bytes long
(mmap-eof) read it
(mmap-eof) only its first byte changed
(mmap-eof) mmap "eof.dat"
(mmap-eof) the rest of the last page reads as zeros
(mmap-eof) end
mmap-eof: exit(0)
EOF
pass;
