# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(fork-swap) begin
(fork-swap) fill 1024 kB; fork
(fork-swap) child: all 1024 kB hold the parent's data
(fork-swap) child: rewrote the first half
fork-swap: exit(7)
(fork-swap) parent: all 1024 kB still hold its data
(fork-swap) end
fork-swap: exit(0)
EOF

# With 64 user frames, at least 192 of the 256 pages filled must have
# gone to swap before the fork, and the child must have read them back.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'swap_writes', 192);
check_counter ($vm, 'swap_reads', 192);
pass;
