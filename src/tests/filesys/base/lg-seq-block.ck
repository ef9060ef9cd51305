# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(lg-seq-block) begin
(lg-seq-block) create "largefile"
(lg-seq-block) open "largefile"
(lg-seq-block) writing "largefile"
(lg-seq-block) close "largefile"
(lg-seq-block) open "largefile" for verification
(lg-seq-block) verified contents of "largefile"
(lg-seq-block) close "largefile"
(lg-seq-block) end
EOF
pass;
