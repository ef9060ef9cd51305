# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(page-sc-args) begin
(page-sc-args) create, name in swap
(page-sc-args) open, name in swap
(page-sc-args) write, buffer in swap
(page-sc-args) read, buffer in swap
child-linear: exit(7)
(page-sc-args) exec, command line in swap
(page-sc-args) create "names" (4096 bytes)
(page-sc-args) open "names"
(page-sc-args) mmap "names"
(page-sc-args) create, name in a mapping
(page-sc-args) open, name in a mapping
(page-sc-args) write, buffer in a mapping
(page-sc-args) read into a mapping
(page-sc-args) read what was written
(page-sc-args) create, name in an unloaded page
(page-sc-args) open, name in an unloaded page
(page-sc-args) end
page-sc-args: exit(0)
EOF

# The arguments of the five calls on swapped-out pages fill at least
# six pages; each must have come back from swap.
check_counter (vm_counters (read_text_file ("$test.output")),
               'swap_reads', 6);
pass;
