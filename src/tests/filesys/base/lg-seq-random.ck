# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lg-seq-random) begin
(lg-seq-random) create "largefile"
(lg-seq-random) open "largefile"
(lg-seq-random) writing "largefile"
(lg-seq-random) close "largefile"
(lg-seq-random) open "largefile" for verification
(lg-seq-random) verified contents of "largefile"
(lg-seq-random) close "largefile"
(lg-seq-random) end
EOF
pass;
