# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-parallel) begin
(page-parallel) exec "child-linear 0 1024"
(page-parallel) exec "child-linear 1 1024"
(page-parallel) exec "child-linear 2 1024"
(page-parallel) exec "child-linear 3 1024"
(page-parallel) wait for child 1 of 4 returned 0 (expected 0)
(page-parallel) wait for child 2 of 4 returned 1 (expected 1)
(page-parallel) wait for child 3 of 4 returned 2 (expected 2)
(page-parallel) wait for child 4 of 4 returned 3 (expected 3)
(page-parallel) end
page-parallel: exit(0)
EOF
pass;
