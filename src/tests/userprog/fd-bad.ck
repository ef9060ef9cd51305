# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fd-bad) begin
(fd-bad) fd 0: filesize = -1, tell = -1
(fd-bad) fd 1: filesize = -1, tell = -1
(fd-bad) fd 2: filesize = -1, tell = -1
(fd-bad) fd 99: filesize = -1, tell = -1
(fd-bad) fd -1: filesize = -1, tell = -1
(fd-bad) end
fd-bad: exit(0)
EOF
pass;
