# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(sbrk-shrink) begin
(sbrk-shrink) grow the heap by 8 pages
(sbrk-shrink) fill them
(sbrk-shrink) shrink it by 4 pages
(sbrk-shrink) the pages kept hold what was written
(sbrk-shrink) grow it by 4 pages again
(sbrk-shrink) the pages taken back read as zeros
(sbrk-shrink) shrinking below the start of the heap fails
(sbrk-shrink) shrink it by 4 pages again
(sbrk-shrink) read the first page above the new break
sbrk-shrink: exit(-1)
EOF
pass;
