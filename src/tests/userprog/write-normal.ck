# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-normal) begin
(write-normal) create "copy.txt"
(write-normal) open "copy.txt"
(write-normal) write returned 196
(write-normal) write at end of file = 0
(write-normal) open "copy.txt" for verification
(write-normal) verified contents of "copy.txt"
(write-normal) close "copy.txt"
(write-normal) end
write-normal: exit(0)
EOF
pass;
