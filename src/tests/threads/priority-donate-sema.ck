# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-sema) begin
(priority-donate-sema) main: first sema_up
(priority-donate-sema) low: woke at priority 36
(priority-donate-sema) high: got the lock
(priority-donate-sema) low: released the lock, priority now 32
(priority-donate-sema) main: second sema_up
(priority-donate-sema) middle: woke
(priority-donate-sema) main: done
(priority-donate-sema) end
EOF
pass;
