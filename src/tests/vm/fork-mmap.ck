# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(fork-mmap) begin
(fork-mmap) create "shared.dat" (16384 bytes)
(fork-mmap) open "shared.dat"
(fork-mmap) mmap "shared.dat"
(fork-mmap) read all 4 pages of the mapping
(fork-mmap) first child: write a word of page 1
fork-mmap: exit(0)
(fork-mmap) the parent sees the first child's write
(fork-mmap) second child: the parent's write to page 2 shows
fork-mmap: exit(0)
(fork-mmap) munmap
(fork-mmap) the file holds both writes
(fork-mmap) end
fork-mmap: exit(0)
EOF

# Nothing pushes pages out, so the two dirty pages go to the file when
# the mappings go: once each, however many processes mapped them.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'file_writes', 2, 2);
pass;
