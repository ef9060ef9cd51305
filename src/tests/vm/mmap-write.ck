# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-write) begin
(mmap-write) create "written.dat" (10240 bytes)
(mmap-write) open "written.dat"
(mmap-write) mmap "written.dat"
(mmap-write) fill the mapping
(mmap-write) munmap
(mmap-write) read the file back
(mmap-write) it holds what was stored through the mapping
(mmap-write) end
mmap-write: exit(0)
EOF
pass;
