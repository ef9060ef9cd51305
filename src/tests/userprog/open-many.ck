# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(open-many) begin
child-open: exit(128)
(open-many) a process can open 128 files
child-open: exit(128)
child-open: exit(128)
child-open: exit(128)
child-open: exit(128)
child-open: exit(128)
(open-many) five more runs opened as many
(open-many) end
open-many: exit(0)
EOF
pass;
