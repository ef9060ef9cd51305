# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-change) begin
(priority-change) main: creating a thread at priority 32
(priority-change) dropper: running at priority 32
(priority-change) dropper: dropping to priority 30
(priority-change) main: running again at priority 31
(priority-change) main: dropping to priority 29
(priority-change) dropper: running again at priority 30
(priority-change) dropper: exiting
(priority-change) main: running again at priority 29
(priority-change) end
EOF
pass;
