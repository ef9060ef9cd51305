# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(sm-create) begin
(sm-create) create "smallfile"
(sm-create) open "smallfile"
(sm-create) close "smallfile"
(sm-create) open "smallfile" for verification
(sm-create) verified contents of "smallfile"
(sm-create) close "smallfile"
(sm-create) end
EOF
pass;
