# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-exec) begin
(fork-exec) fork
(fork-exec) child: exec "child-simple"
(child-simple) run
child-simple: exit(81)
(fork-exec) child: "child-simple" exited with 81
fork-exec: exit(82)
(fork-exec) the forked child exited with 82
(fork-exec) parent: exec "child-simple"
(child-simple) run
child-simple: exit(81)
(fork-exec) parent: "child-simple" exited with 81
(fork-exec) end
fork-exec: exit(0)
EOF
pass;
