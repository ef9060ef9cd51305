# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-zero) begin
(alarm-zero) 1000 zero-tick sleeps returned at once
(alarm-zero) end
EOF
pass;
