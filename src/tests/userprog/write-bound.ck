# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-bound) begin
(write-bound) create "copy.txt"
(write-bound) open "copy.txt"
(write-bound) write returned 196
(write-bound) open "copy.txt" for verification
(write-bound) verified contents of "copy.txt"
(write-bound) close "copy.txt"
(write-bound) end
write-bound: exit(0)
EOF
pass;
