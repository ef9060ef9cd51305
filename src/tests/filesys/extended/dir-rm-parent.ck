# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-rm-parent) begin
(dir-rm-parent) mkdir "a"
(dir-rm-parent) mkdir "a/b"
(dir-rm-parent) chdir "a/b"
(dir-rm-parent) remove "/a" (must fail)
(dir-rm-parent) remove ".." (must fail)
(dir-rm-parent) chdir "/"
(dir-rm-parent) remove "a" (must fail)
(dir-rm-parent) remove "a/b"
(dir-rm-parent) remove "a"
(dir-rm-parent) open "a" (must fail)
(dir-rm-parent) end
dir-rm-parent: exit(0)
EOT
pass;
