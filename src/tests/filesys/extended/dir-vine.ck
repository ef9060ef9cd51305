# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-vine) begin
(dir-vine) grow the vine 30 levels deep
(dir-vine) climb back with ".."
(dir-vine) arrived at the root
(dir-vine) read the deepest file by its absolute path
(dir-vine) end
dir-vine: exit(0)
EOT
pass;
