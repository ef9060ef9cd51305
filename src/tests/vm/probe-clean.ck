# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(probe-clean) begin
(probe-clean) open "sample.txt"
(probe-clean) read it into the start of an untouched 2 MB buffer
(probe-clean) the file's bytes are there and the rest is still zero
(probe-clean) write from an untouched 2 MB buffer to a closed descriptor: -1
(probe-clean) end
probe-clean: exit(0)
EOF

# Checking the buffers evicts much of them; of the program's pages only
# the few it wrote (stack, data, the start of the first buffer) may go
# to swap.  Dirtying a whole buffer would write well over a hundred.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'evictions', 100);
check_counter ($vm, 'swap_writes', undef, 32);
pass;
