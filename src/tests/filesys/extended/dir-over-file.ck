# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-over-file) begin
(dir-over-file) mkdir "abc"
(dir-over-file) create "abc" (must fail)
(dir-over-file) mkdir "def" (must fail)
(dir-over-file) "abc" is a directory
(dir-over-file) "def" is the file it was
(dir-over-file) end
dir-over-file: exit(0)
EOT
pass;
