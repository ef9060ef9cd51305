# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lg-create) begin
(lg-create) create "largefile"
(lg-create) open "largefile"
(lg-create) close "largefile"
(lg-create) open "largefile" for verification
(lg-create) verified contents of "largefile"
(lg-create) close "largefile"
(lg-create) end
EOF
pass;
