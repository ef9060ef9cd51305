# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The children's and grandchildren's exit lines, and the fault messages
# of the children killed by their wild write, are not compared: the
# parent checks every status with wait().
check_expected (IGNORE_EXIT_CODES => 1, IGNORE_USER_FAULTS => 1, [<<'EOF']);
(vm-chaos-swap) begin
(vm-chaos-swap) create "chaos.dat"
(vm-chaos-swap) open "chaos.dat"
(vm-chaos-swap) 24 children took 150 steps each; 8 died by their wild write
(vm-chaos-swap) end
EOF
pass;
