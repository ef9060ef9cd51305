# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-file-size) begin
(grow-file-size) create "testme"
(grow-file-size) open "testme"
(grow-file-size) writing "testme"
(grow-file-size) close "testme"
(grow-file-size) open "testme" for verification
(grow-file-size) verified contents of "testme"
(grow-file-size) close "testme"
(grow-file-size) end
grow-file-size: exit(0)
EOT
pass;
