# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-two-files) begin
(grow-two-files) create "left" and "right", both empty
(grow-two-files) open both
(grow-two-files) grow them by turns, 373 bytes per write
(grow-two-files) both have 8143 bytes
(grow-two-files) open "right" for verification
(grow-two-files) verified contents of "right"
(grow-two-files) close "right"
(grow-two-files) open "left" for verification
(grow-two-files) verified contents of "left"
(grow-two-files) close "left"
(grow-two-files) end
grow-two-files: exit(0)
EOT
pass;
