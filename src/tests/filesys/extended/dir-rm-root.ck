# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-rm-root) begin
(dir-rm-root) remove "/" (must fail)
(dir-rm-root) remove "." in the root (must fail)
(dir-rm-root) mkdir "sub"
(dir-rm-root) chdir "sub"
(dir-rm-root) remove ".." from "sub" (must fail)
(dir-rm-root) remove "/" from "sub" (must fail)
(dir-rm-root) chdir "/"
(dir-rm-root) create "/after" and read it back
(dir-rm-root) end
dir-rm-root: exit(0)
EOT
pass;
