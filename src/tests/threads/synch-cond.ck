# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(synch-cond) begin
(synch-cond) 200 rounds of ping-pong through a condition
(synch-cond) 300 items through a 3-slot buffer, each exactly once, in order
(synch-cond) cond_signal woke one waiter
(synch-cond) cond_broadcast woke the other 2
(synch-cond) end
EOF
pass;
