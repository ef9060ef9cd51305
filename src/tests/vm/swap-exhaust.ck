# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected (IGNORE_EXIT_CODES => 1, IGNORE_USER_FAULTS => 1, [<<'EOF']);
(swap-exhaust) begin
(swap-exhaust) start a small child
(swap-exhaust) start another small child
(swap-exhaust) too big for memory and swap: "child-linear 3 4096" exits with -1
(swap-exhaust) the first small child finishes
(swap-exhaust) the second small child finishes
(swap-exhaust) fits now that the slots are free: "child-linear 4 1536" exits with 4
(swap-exhaust) end
EOF

# The big child must really have filled the 1 MB of swap (256 slots).
check_counter (vm_counters (read_text_file ("$test.output")),
               'swap_writes', 256);
pass;
