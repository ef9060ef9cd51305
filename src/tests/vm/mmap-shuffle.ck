# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-shuffle) begin
(mmap-shuffle) create "shuffle.dat" (1048576 bytes)
(mmap-shuffle) open "shuffle.dat"
(mmap-shuffle) mmap "shuffle.dat"
(mmap-shuffle) swap 800 random pairs of bytes in the mapping and in a copy
(mmap-shuffle) the mapping equals the copy
(mmap-shuffle) after munmap, the file equals the copy
(mmap-shuffle) end
mmap-shuffle: exit(0)
EOF
pass;
