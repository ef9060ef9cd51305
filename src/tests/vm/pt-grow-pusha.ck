# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(pt-grow-pusha) begin
(pt-grow-pusha) PUSHA into a new page 64 kB below the stack
(pt-grow-pusha) the registers it stored are there
(pt-grow-pusha) end
pt-grow-pusha: exit(0)
EOF
pass;
