# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-nt-iret) begin
exc-nt-iret: exit(-1)
EOF
pass;
