# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-overlap) begin
(mmap-overlap) create "first.dat" (8192 bytes)
(mmap-overlap) open "first.dat"
(mmap-overlap) create "second.dat" (8192 bytes)
(mmap-overlap) open "second.dat"
(mmap-overlap) mmap "first.dat"
(mmap-overlap) mmap "second.dat" at the same address must fail
(mmap-overlap) mmap "second.dat" one page higher must fail
(mmap-overlap) mmap "second.dat" one page lower must fail
(mmap-overlap) mmap "second.dat" right after the first mapping
(mmap-overlap) end
mmap-overlap: exit(0)
EOF
pass;
