# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-db-syscall) begin
exc-db-syscall: exit(-1)
EOF
pass;
