# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(sm-seq-block) begin
(sm-seq-block) create "smallfile"
(sm-seq-block) open "smallfile"
(sm-seq-block) writing "smallfile"
(sm-seq-block) close "smallfile"
(sm-seq-block) open "smallfile" for verification
(sm-seq-block) verified contents of "smallfile"
(sm-seq-block) close "smallfile"
(sm-seq-block) end
EOF
pass;
