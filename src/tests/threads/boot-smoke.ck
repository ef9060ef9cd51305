# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(boot-smoke) begin
(boot-smoke) the kernel is up
(boot-smoke) end
EOF
pass;
