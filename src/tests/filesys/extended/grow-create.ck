# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-create) begin
(grow-create) create "blargle" with 0 bytes
(grow-create) open "blargle"
(grow-create) its size is 0
(grow-create) a read returns nothing
(grow-create) close "blargle"
(grow-create) end
grow-create: exit(0)
EOT
pass;
