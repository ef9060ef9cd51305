# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lg-full) begin
(lg-full) create "largefile"
(lg-full) open "largefile"
(lg-full) writing "largefile"
(lg-full) close "largefile"
(lg-full) open "largefile" for verification
(lg-full) verified contents of "largefile"
(lg-full) close "largefile"
(lg-full) end
EOF
pass;
