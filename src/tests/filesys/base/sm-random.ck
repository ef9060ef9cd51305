# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(sm-random) begin
(sm-random) create "smallfile"
(sm-random) open "smallfile"
(sm-random) write "smallfile" in random order
(sm-random) read "smallfile" in random order
(sm-random) close "smallfile"
(sm-random) end
EOF
pass;
