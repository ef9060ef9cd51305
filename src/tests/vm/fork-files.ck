# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-files) begin
(fork-files) create "alphabet"
(fork-files) open "alphabet"
(fork-files) write the alphabet
(fork-files) parent: read "abcde"
(fork-files) child: read "fghij"
fork-files: exit(61)
(fork-files) the first child closed its copy and exited
(fork-files) parent: read "klmno"
(fork-files) child: read "pqrst"
fork-files: exit(62)
(fork-files) the parent closed its copy; the second child read on
(fork-files) end
fork-files: exit(0)
EOF
pass;
