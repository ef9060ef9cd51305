# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exc-db) begin
exc-db: exit(-1)
EOF
pass;
