# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-mkdir) begin
(dir-mkdir) mkdir "a"
(dir-mkdir) mkdir "a" again (must fail)
(dir-mkdir) chdir "a"
(dir-mkdir) create "b" in "a"
(dir-mkdir) chdir "/"
(dir-mkdir) open "b" in the root (must fail)
(dir-mkdir) "a/c" holds what was written
(dir-mkdir) a: 2 entries
(dir-mkdir) end
dir-mkdir: exit(0)
EOT
pass;
