# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(create-names) begin
(create-names) create(""): 0
(create-names) create(15 characters): 0
(create-names) create(500 characters): 0
(create-names) create(14 characters): 1
(create-names) end
create-names: exit(0)
EOF
pass;
