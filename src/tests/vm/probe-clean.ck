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

# Reading the buffers back must find them clean.  Without a shared
# zero page that reading evicts much of them, and of the program's
# pages only the few it wrote (stack, data, the start of the first
# buffer) may go to swap.  With one, the pages only read map the zero
# page, so nothing is evicted, and a page that was written would have
# needed a frame of its own: few copies may be counted.  Dirtying a
# whole buffer would send well over a hundred pages to swap either way.
my @output = read_text_file ("$test.output");
my $vm = vm_counters (@output);
my $sharing = sharing_counters (@output);
if ($sharing->{zero_page_maps} >= 512) {
  check_counter ($sharing, 'cow_copies', undef, 32);
} else {
  check_counter ($vm, 'evictions', 100);
}
check_counter ($vm, 'swap_writes', undef, 32);
pass;
