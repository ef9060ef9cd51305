# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-root-sm) begin
(grow-root-sm) create 20 files
(grow-root-sm) check their contents
(grow-root-sm) /: 22 entries
(grow-root-sm) end
grow-root-sm: exit(0)
EOT
pass;
