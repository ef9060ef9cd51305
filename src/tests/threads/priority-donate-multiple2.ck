# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-multiple2) begin
(priority-donate-multiple2) main: holding A and B, priority now 36
(priority-donate-multiple2) main: released A, priority now 36
(priority-donate-multiple2) waiter-b: got its lock
(priority-donate-multiple2) waiter-b: done
(priority-donate-multiple2) waiter-a: got its lock
(priority-donate-multiple2) waiter-a: done
(priority-donate-multiple2) bystander: running
(priority-donate-multiple2) main: released B, priority now 31
(priority-donate-multiple2) end
EOF
pass;
