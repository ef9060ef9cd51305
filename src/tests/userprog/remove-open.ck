# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(remove-open) begin
(remove-open) open "sample.txt"
(remove-open) remove "sample.txt"
(remove-open) open "sample.txt" fails now
(remove-open) remove "sample.txt" again fails
(remove-open) verified contents of "sample.txt"
(remove-open) end
remove-open: exit(0)
EOF
pass;
