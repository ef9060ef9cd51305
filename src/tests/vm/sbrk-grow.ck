# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sbrk-grow) begin
(sbrk-grow) sbrk (0) returns the break
(sbrk-grow) it is a page boundary above the program's data
(sbrk-grow) sbrk (12388) returns the old break: three pages and 100 bytes
(sbrk-grow) it reads as zeros and keeps what is written
(sbrk-grow) sbrk (1048576) returns the old break: 1 MB more
(sbrk-grow) all of it reads as zeros and keeps what is written
(sbrk-grow) end
sbrk-grow: exit(0)
EOF
pass;
