# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(fork-swap-in) begin
(fork-swap-in) fill 1024 kB; fork
(fork-swap-in) both read the first 16 pages
fork-swap-in: exit(5)
(fork-swap-in) the child exited with 5
(fork-swap-in) end
fork-swap-in: exit(0)
EOF

# Filling 256 pages with 128 frames wrote at least the first 16 to
# swap.  Read back once, by whichever side came first, they cost 16
# swap reads; a kernel that gives each side its own copy pays 32.  A
# few more are allowed for stack pages the filling pushed out.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'swap_writes', 16);
check_counter ($vm, 'swap_reads', 16, 24);
pass;
