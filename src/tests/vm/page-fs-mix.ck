# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(page-fs-mix) begin
(page-fs-mix) exec "child-mix 0 files"
(page-fs-mix) exec "child-mix 1 memory"
(page-fs-mix) exec "child-mix 2 files"
(page-fs-mix) exec "child-mix 3 memory"
(page-fs-mix) wait for child 1 of 4 returned 0 (expected 0)
(page-fs-mix) wait for child 2 of 4 returned 1 (expected 1)
(page-fs-mix) wait for child 3 of 4 returned 2 (expected 2)
(page-fs-mix) wait for child 4 of 4 returned 3 (expected 3)
(page-fs-mix) end
page-fs-mix: exit(0)
EOF
pass;
