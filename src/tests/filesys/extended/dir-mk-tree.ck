# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-mk-tree) begin
(dir-mk-tree) make a tree 3 levels deep, 3 wide
(dir-mk-tree) read every file back
(dir-mk-tree) end
dir-mk-tree: exit(0)
EOT
pass;
