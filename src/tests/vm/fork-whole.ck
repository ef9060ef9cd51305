# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-whole) begin
(fork-whole) grow the heap by 16 pages
(fork-whole) fill stack, data, bss and heap; fork
(fork-whole) child: every area holds what the parent wrote
(fork-whole) child: every area holds what the child wrote
fork-whole: exit(42)
(fork-whole) parent: every area still holds what the parent wrote
(fork-whole) end
fork-whole: exit(0)
EOF
pass;
