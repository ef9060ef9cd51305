# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(zero-read) begin
(zero-read) first pass: read a byte of each of 256 pages
(zero-read) second pass: read a byte of each of 256 pages
(zero-read) end
zero-read: exit(0)
EOF

# Every page of the area was first read, so each must have been given
# the zero page.  With 128 user frames, 256 frames of zeros would have
# meant at least 128 evictions; one shared frame means next to none.
my @output = read_text_file ("$test.output");
check_counter (sharing_counters (@output), 'zero_page_maps', 256);
my $vm = vm_counters (@output);
check_counter ($vm, 'evictions', undef, 16);
check_counter ($vm, 'swap_writes', undef, 16);
pass;
