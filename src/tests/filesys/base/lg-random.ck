# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lg-random) begin
(lg-random) create "largefile"
(lg-random) open "largefile"
(lg-random) write "largefile" in random order
(lg-random) read "largefile" in random order
(lg-random) close "largefile"
(lg-random) end
EOF
pass;
