# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(sm-seq-random) begin
(sm-seq-random) create "smallfile"
(sm-seq-random) open "smallfile"
(sm-seq-random) writing "smallfile"
(sm-seq-random) close "smallfile"
(sm-seq-random) open "smallfile" for verification
(sm-seq-random) verified contents of "smallfile"
(sm-seq-random) close "smallfile"
(sm-seq-random) end
EOF
pass;
