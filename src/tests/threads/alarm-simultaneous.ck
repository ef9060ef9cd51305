# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-simultaneous) begin
(alarm-simultaneous) 3 threads slept 5 times, 10 ticks apart
(alarm-simultaneous) round 1: all woke together, the first 0 tick(s) late
(alarm-simultaneous) round 2: all woke together, the first 0 tick(s) late
(alarm-simultaneous) round 3: all woke together, the first 0 tick(s) late
(alarm-simultaneous) round 4: all woke together, the first 0 tick(s) late
(alarm-simultaneous) round 5: all woke together, the first 0 tick(s) late
(alarm-simultaneous) end
EOF
pass;
