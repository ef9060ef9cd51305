# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(synch-sema) begin
(synch-sema) counting and sema_try_down work
(synch-sema) 500 volleys of ping-pong strictly alternated
(synch-sema) each sema_up released exactly one of 4 waiters
(synch-sema) end
EOF
pass;
