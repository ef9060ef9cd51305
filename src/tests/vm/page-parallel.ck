# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-parallel) begin
(page-parallel) exec "child-linear 0 512 1 4"
(page-parallel) exec "child-linear 1 512 1 4"
(page-parallel) exec "child-linear 2 512 1 4"
(page-parallel) exec "child-linear 3 512 1 4"
(page-parallel) wait for child 1 of 4 returned 0 (expected 0)
(page-parallel) wait for child 2 of 4 returned 1 (expected 1)
(page-parallel) wait for child 3 of 4 returned 2 (expected 2)
(page-parallel) wait for child 4 of 4 returned 3 (expected 3)
(page-parallel) end
EOF

# Together the children's memory outgrows the user pool: pages must
# have been evicted while all four were alive.
check_counter (vm_counters (read_text_file ("$test.output")), 'evictions', 100);
pass;
