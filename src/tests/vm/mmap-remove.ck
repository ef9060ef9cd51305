# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-remove) begin
(mmap-remove) create "doomed.dat" (8192 bytes)
(mmap-remove) open "doomed.dat"
(mmap-remove) mmap "doomed.dat"
(mmap-remove) close and remove "doomed.dat"
(mmap-remove) create a new, zeroed "doomed.dat"
(mmap-remove) the mapping still holds the removed file's bytes
(mmap-remove) rewrite it through the mapping, and munmap
(mmap-remove) open the new "doomed.dat"
(mmap-remove) the new file is still all zeros
(mmap-remove) end
mmap-remove: exit(0)
EOF
pass;
