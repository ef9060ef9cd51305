# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(mmap-clean) begin
(mmap-clean) create "clean.dat" (262144 bytes)
(mmap-clean) open "clean.dat"
(mmap-clean) mmap "clean.dat"
(mmap-clean) read all 64 pages of the mapping
(mmap-clean) change one word of page 5
(mmap-clean) fill 1536 kB of other memory
(mmap-clean) the mapping still holds the file and the change
(mmap-clean) munmap
(mmap-clean) the file holds the change
(mmap-clean) end
mmap-clean: exit(0)
EOF

# The other memory must really have pushed pages out, and the mapping
# must have been read from its file; then exactly its one dirty page
# may have been written back.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'evictions', 64);
check_counter ($vm, 'file_reads', 64);
check_counter ($vm, 'file_writes', 1, 1);
pass;
