# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(sm-full) begin
(sm-full) create "smallfile"
(sm-full) open "smallfile"
(sm-full) writing "smallfile"
(sm-full) close "smallfile"
(sm-full) open "smallfile" for verification
(sm-full) verified contents of "smallfile"
(sm-full) close "smallfile"
(sm-full) end
EOF
pass;
