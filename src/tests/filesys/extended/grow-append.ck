# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-append) begin
(grow-append) create "log"
(grow-append) append 600 lines
(grow-append) open "log" for verification
(grow-append) verified contents of "log"
(grow-append) close "log"
(grow-append) end
grow-append: exit(0)
EOT
pass;
