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

# Pages of the buffers that are only read share the kernel's zero page
# and take no frame, so nothing need be evicted; of the program's pages
# only the few it wrote (stack, data, the start of the first buffer)
# may go to swap.  Dirtying the buffers would give each of their 1024
# pages a frame of its own, far more than the machine has, and write
# hundreds of them to swap.
my $vm = vm_counters (read_text_file ("$test.output"));
check_counter ($vm, 'swap_writes', undef, 32);
pass;
