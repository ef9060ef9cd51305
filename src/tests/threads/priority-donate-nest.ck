# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-nest) begin
(priority-donate-nest) main: medium blocked on L1, priority now 32
(priority-donate-nest) main: high blocked on L2, priority now 33
(priority-donate-nest) medium: got L1 at priority 33
(priority-donate-nest) medium: released L1, priority now 33
(priority-donate-nest) high: got L2
(priority-donate-nest) high: done
(priority-donate-nest) medium: released L2, priority now 32
(priority-donate-nest) main: released L1, priority now 31
(priority-donate-nest) end
EOF
pass;
