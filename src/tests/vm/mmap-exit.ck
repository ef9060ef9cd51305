# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-exit) begin
(mmap-exit) create "exit.dat" (12288 bytes)
(mmap-exit) open "exit.dat"
child-mm-exit: exit(0)
(mmap-exit) a child maps "exit.dat", fills it and exits
(mmap-exit) read "exit.dat"
(mmap-exit) it holds what the child stored
(mmap-exit) end
mmap-exit: exit(0)
EOF
pass;
