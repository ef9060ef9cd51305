# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-under-file) begin
(dir-under-file) create file "abc"
(dir-under-file) mkdir "abc/x" (must fail)
(dir-under-file) create "abc/y" (must fail)
(dir-under-file) open "abc/y" (must fail)
(dir-under-file) chdir "abc" (must fail)
(dir-under-file) open "abc/" (must fail)
(dir-under-file) "abc" is unchanged
(dir-under-file) end
dir-under-file: exit(0)
EOT
pass;
