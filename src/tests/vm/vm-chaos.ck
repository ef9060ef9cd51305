# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The children's and grandchildren's exit lines, and the fault messages
# of the children killed by their wild write, are not compared: the
# parent checks every status with wait().
check_expected (IGNORE_EXIT_CODES => 1, IGNORE_USER_FAULTS => 1, [<<'EOF']);
(vm-chaos) begin
(vm-chaos) create "chaos.dat"
(vm-chaos) open "chaos.dat"
(vm-chaos) 24 children took 150 steps each; 8 died by their wild write
(vm-chaos) end
EOF
pass;
