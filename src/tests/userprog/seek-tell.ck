# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(seek-tell) begin
(seek-tell) open "sample.txt"
(seek-tell) filesize = 196
(seek-tell) tell at start = 0
(seek-tell) read at 4 = 'l'
(seek-tell) tell after read = 5
(seek-tell) read at end = 0
(seek-tell) tell after seek past end = 100000
(seek-tell) read past end = 0
(seek-tell) verified contents of "sample.txt"
(seek-tell) end
seek-tell: exit(0)
EOF
pass;
