# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(priority-donate-chain) begin
(priority-donate-chain) main: link 1 blocked, priority now 7
(priority-donate-chain) main: link 2 blocked, priority now 14
(priority-donate-chain) main: link 3 blocked, priority now 21
(priority-donate-chain) main: link 4 blocked, priority now 28
(priority-donate-chain) main: link 5 blocked, priority now 35
(priority-donate-chain) main: link 6 blocked, priority now 42
(priority-donate-chain) main: link 7 blocked, priority now 49
(priority-donate-chain) main: link 8 blocked, priority now 56
(priority-donate-chain) link 1: got lock 0 at priority 56
(priority-donate-chain) link 1: released lock 0, priority now 56
(priority-donate-chain) link 2: got lock 1 at priority 56
(priority-donate-chain) link 2: released lock 1, priority now 56
(priority-donate-chain) link 3: got lock 2 at priority 56
(priority-donate-chain) link 3: released lock 2, priority now 56
(priority-donate-chain) link 4: got lock 3 at priority 56
(priority-donate-chain) link 4: released lock 3, priority now 56
(priority-donate-chain) link 5: got lock 4 at priority 56
(priority-donate-chain) link 5: released lock 4, priority now 56
(priority-donate-chain) link 6: got lock 5 at priority 56
(priority-donate-chain) link 6: released lock 5, priority now 56
(priority-donate-chain) link 7: got lock 6 at priority 56
(priority-donate-chain) link 7: released lock 6, priority now 56
(priority-donate-chain) link 8: got lock 7 at priority 56
(priority-donate-chain) link 8: released lock 7, priority now 56
(priority-donate-chain) link 8: released lock 8, priority now 56
(priority-donate-chain) bystander 8: running
(priority-donate-chain) link 7: released lock 7, priority now 49
(priority-donate-chain) bystander 7: running
(priority-donate-chain) link 6: released lock 6, priority now 42
(priority-donate-chain) bystander 6: running
(priority-donate-chain) link 5: released lock 5, priority now 35
(priority-donate-chain) bystander 5: running
(priority-donate-chain) link 4: released lock 4, priority now 28
(priority-donate-chain) bystander 4: running
(priority-donate-chain) link 3: released lock 3, priority now 21
(priority-donate-chain) bystander 3: running
(priority-donate-chain) link 2: released lock 2, priority now 14
(priority-donate-chain) bystander 2: running
(priority-donate-chain) link 1: released lock 1, priority now 7
(priority-donate-chain) bystander 1: running
(priority-donate-chain) main: released lock 0, priority now 0
(priority-donate-chain) end
EOF
pass;
