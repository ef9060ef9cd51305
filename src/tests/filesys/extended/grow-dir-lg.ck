# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-dir-lg) begin
(grow-dir-lg) mkdir "dir"
(grow-dir-lg) create 60 files
(grow-dir-lg) check their contents
(grow-dir-lg) dir: 60 entries
(grow-dir-lg) end
grow-dir-lg: exit(0)
EOT
pass;
