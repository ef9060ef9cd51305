# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-missing) begin
(open-missing) open("no-such-file") = -1
(open-missing) open("") = -1
(open-missing) end
open-missing: exit(0)
EOF
pass;
