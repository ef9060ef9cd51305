# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sbrk-into-mmap) begin
(sbrk-into-mmap) sbrk (0) returns the break
(sbrk-into-mmap) open "sample.txt"
(sbrk-into-mmap) mmap "sample.txt"
(sbrk-into-mmap) grow the heap by a page
(sbrk-into-mmap) growing it two more pages, into the mapping, fails
(sbrk-into-mmap) the heap page is still there
(sbrk-into-mmap) after munmap it grows two more pages
(sbrk-into-mmap) mmap over the heap's first page fails
(sbrk-into-mmap) mmap over the heap's last page fails
(sbrk-into-mmap) mmap right at the break works
(sbrk-into-mmap) now the heap cannot grow by a byte
(sbrk-into-mmap) the heap still holds what was written
(sbrk-into-mmap) end
sbrk-into-mmap: exit(0)
EOF
pass;
