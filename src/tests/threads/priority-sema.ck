# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-sema) begin
(priority-sema) main: all 10 waiters are blocked
(priority-sema) priority 31 waiter woke
(priority-sema) main: sema_up 1 returned
(priority-sema) priority 30 waiter woke
(priority-sema) main: sema_up 2 returned
(priority-sema) priority 29 waiter woke
(priority-sema) main: sema_up 3 returned
(priority-sema) priority 28 waiter woke
(priority-sema) main: sema_up 4 returned
(priority-sema) priority 27 waiter woke
(priority-sema) main: sema_up 5 returned
(priority-sema) priority 26 waiter woke
(priority-sema) main: sema_up 6 returned
(priority-sema) priority 25 waiter woke
(priority-sema) main: sema_up 7 returned
(priority-sema) priority 24 waiter woke
(priority-sema) main: sema_up 8 returned
(priority-sema) priority 23 waiter woke
(priority-sema) main: sema_up 9 returned
(priority-sema) priority 22 waiter woke
(priority-sema) main: sema_up 10 returned
(priority-sema) end
EOF
pass;
