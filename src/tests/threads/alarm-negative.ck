# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-negative) begin
(alarm-negative) sleep of -1 ticks returned at once
(alarm-negative) sleep of -100 ticks returned at once
(alarm-negative) sleep of -360000 ticks returned at once
(alarm-negative) sleep of -9223372036854775808 ticks returned at once
(alarm-negative) end
EOF
pass;
