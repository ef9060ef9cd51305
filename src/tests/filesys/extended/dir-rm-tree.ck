# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-rm-tree) begin
(dir-rm-tree) make a tree 3 levels deep, 3 wide
(dir-rm-tree) read every file back
(dir-rm-tree) remove "/0" (must fail)
(dir-rm-tree) remove "/1/2" (must fail)
(dir-rm-tree) remove the tree
(dir-rm-tree) open "/0/0/0/f" (must fail)
(dir-rm-tree) /: 2 entries
(dir-rm-tree) end
dir-rm-tree: exit(0)
EOT
pass;
