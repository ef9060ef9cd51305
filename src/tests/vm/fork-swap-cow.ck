# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(fork-swap-cow) begin
(fork-swap-cow) fill 1024 kB; fork
(fork-swap-cow) the child rewrote the first 16 pages; the parent's are its own
fork-swap-cow: exit(5)
(fork-swap-cow) the child exited with 5
(fork-swap-cow) end
fork-swap-cow: exit(0)
EOF

# The child's writes took its frames away from the slots, so the
# parent read its 16 pages back from swap itself: twice the reads of
# fork-swap-in.  A few more are allowed for stack pages.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'swap_reads', 32, 40);
pass;
