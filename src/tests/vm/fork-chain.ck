# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-chain) begin
(fork-chain) level 0 forks level 1
(fork-chain) level 1 forks level 2
(fork-chain) level 2 forks level 3
(fork-chain) level 3 forks level 4
(fork-chain) level 4 forks level 5
(fork-chain) level 5 forks level 6
(fork-chain) level 6 forks level 7
(fork-chain) level 7 forks level 8
(fork-chain) level 8 exits with 1
fork-chain: exit(1)
(fork-chain) level 7 exits with 2
fork-chain: exit(2)
(fork-chain) level 6 exits with 3
fork-chain: exit(3)
(fork-chain) level 5 exits with 4
fork-chain: exit(4)
(fork-chain) level 4 exits with 5
fork-chain: exit(5)
(fork-chain) level 3 exits with 6
fork-chain: exit(6)
(fork-chain) level 2 exits with 7
fork-chain: exit(7)
(fork-chain) level 1 exits with 8
fork-chain: exit(8)
(fork-chain) the first child counted 8 levels
(fork-chain) end
fork-chain: exit(0)
EOF
pass;
