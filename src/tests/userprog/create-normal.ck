# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-normal) begin
(create-normal) create quux.dat
(create-normal) open "quux.dat" for verification
(create-normal) verified contents of "quux.dat"
(create-normal) close "quux.dat"
(create-normal) create zeros.dat
(create-normal) open "zeros.dat" for verification
(create-normal) verified contents of "zeros.dat"
(create-normal) close "zeros.dat"
(create-normal) end
create-normal: exit(0)
EOF
pass;
