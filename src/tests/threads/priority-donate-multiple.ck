# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-multiple) begin
(priority-donate-multiple) main: waiter on A blocked, priority now 32
(priority-donate-multiple) main: waiter on B blocked, priority now 33
(priority-donate-multiple) waiter-b: got its lock
(priority-donate-multiple) waiter-b: done
(priority-donate-multiple) main: released B, priority now 32
(priority-donate-multiple) waiter-a: got its lock
(priority-donate-multiple) waiter-a: done
(priority-donate-multiple) main: released A, priority now 31
(priority-donate-multiple) end
EOF
pass;
