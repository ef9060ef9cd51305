# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-negative) begin
(alarm-negative) timer_sleep (-1) returned at once, 1000 times
(alarm-negative) timer_sleep (-100) returned at once, 1000 times
(alarm-negative) timer_sleep (-360000) returned at once, 1000 times
(alarm-negative) timer_sleep (-9223372036854775808) returned at once, 1000 times
(alarm-negative) end
EOF
pass;
