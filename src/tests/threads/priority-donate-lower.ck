# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-lower) begin
(priority-donate-lower) main: donor blocked, priority now 41
(priority-donate-lower) main: setting priority to 21
(priority-donate-lower) main: priority now 41
(priority-donate-lower) donor: got the lock
(priority-donate-lower) main: released the lock, priority now 21
(priority-donate-lower) end
EOF
pass;
