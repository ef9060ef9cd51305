# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(alarm-simultaneous) begin
(alarm-simultaneous) 3 threads woke together 5 times, 10 ticks apart
(alarm-simultaneous) round 1, thread 0: woke 0 tick(s) after the due time
(alarm-simultaneous) round 1, thread 1: woke 0 tick(s) after the due time
(alarm-simultaneous) round 1, thread 2: woke 0 tick(s) after the due time
(alarm-simultaneous) round 2, thread 0: woke 0 tick(s) after the due time
(alarm-simultaneous) round 2, thread 1: woke 0 tick(s) after the due time
(alarm-simultaneous) round 2, thread 2: woke 0 tick(s) after the due time
(alarm-simultaneous) round 3, thread 0: woke 0 tick(s) after the due time
(alarm-simultaneous) round 3, thread 1: woke 0 tick(s) after the due time
(alarm-simultaneous) round 3, thread 2: woke 0 tick(s) after the due time
(alarm-simultaneous) round 4, thread 0: woke 0 tick(s) after the due time
(alarm-simultaneous) round 4, thread 1: woke 0 tick(s) after the due time
(alarm-simultaneous) round 4, thread 2: woke 0 tick(s) after the due time
(alarm-simultaneous) round 5, thread 0: woke 0 tick(s) after the due time
(alarm-simultaneous) round 5, thread 1: woke 0 tick(s) after the due time
(alarm-simultaneous) round 5, thread 2: woke 0 tick(s) after the due time
(alarm-simultaneous) end
EOF
pass;
