# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-rmdir) begin
(dir-rmdir) mkdir "a"
(dir-rmdir) remove "a"
(dir-rmdir) open "a" (must fail)
(dir-rmdir) chdir "a" (must fail)
(dir-rmdir) remove "a" again (must fail)
(dir-rmdir) mkdir "a" again
(dir-rmdir) chdir "a"
(dir-rmdir) end
dir-rmdir: exit(0)
EOT
pass;
