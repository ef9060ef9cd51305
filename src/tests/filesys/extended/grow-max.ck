# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-max) begin
(grow-max) create "huge"
(grow-max) open "huge"
(grow-max) write 8388608 bytes
(grow-max) size is 8388608
(grow-max) a write past 8 MB writes nothing
(grow-max) size is still 8388608
(grow-max) read it back
(grow-max) close "huge"
(grow-max) end
grow-max: exit(0)
EOT
pass;
