# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(close-bad-fd) begin
(close-bad-fd) still here
(close-bad-fd) console works: 0
(close-bad-fd) end
close-bad-fd: exit(0)
EOF
pass;
