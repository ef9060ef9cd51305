# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-zero) begin
(alarm-zero) timer_sleep (0) returned at once, 1000 times
(alarm-zero) end
EOF
pass;
