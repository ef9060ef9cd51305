# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-one) begin
(priority-donate-one) main: one waiter, priority now 32
(priority-donate-one) main: two waiters, priority now 33
(priority-donate-one) higher: got the lock
(priority-donate-one) higher: done
(priority-donate-one) lower: got the lock
(priority-donate-one) lower: done
(priority-donate-one) main: released the lock, priority now 31
(priority-donate-one) end
EOF
pass;
