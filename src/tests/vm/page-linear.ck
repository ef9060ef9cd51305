# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-linear) begin
(page-linear) fill 8 MB front to back
(page-linear) check it back to front
(page-linear) all 8 MB held what was written
(page-linear) end
page-linear: exit(0)
EOF
pass;
