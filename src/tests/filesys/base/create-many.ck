# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(create-many) begin
(create-many) create 100 files
(create-many) check 100 files
(create-many) remove 100 files
(create-many) create 100 files again
(create-many) end
EOF
pass;
