# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-root-lg) begin
(grow-root-lg) create 60 files
(grow-root-lg) check their contents
(grow-root-lg) /: 62 entries
(grow-root-lg) end
grow-root-lg: exit(0)
EOT
pass;
