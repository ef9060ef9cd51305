# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(sbrk-huge) begin
(sbrk-huge) grow the heap by 64 MB
(sbrk-huge) write 64 pages spread over it and read 64 others
(sbrk-huge) give all of it back
(sbrk-huge) take it again
(sbrk-huge) the pages written read as zeros now
(sbrk-huge) end
sbrk-huge: exit(0)
EOF

# About 260 heap pages were touched in all, and a few more of code,
# data and stack.  Nothing had to leave memory: a kernel that gave the
# heap frames or swap when it grew could not have held 64 MB.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'page_faults', undef, 320);
check_counter ($vm, 'evictions', undef, 0);
check_counter ($vm, 'swap_writes', undef, 0);
pass;
