# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-file-size) begin
(grow-file-size) create "growing"
(grow-file-size) open "growing"
(grow-file-size) writing "growing"
(grow-file-size) close "growing"
(grow-file-size) open "growing" for verification
(grow-file-size) verified contents of "growing"
(grow-file-size) close "growing"
(grow-file-size) end
grow-file-size: exit(0)
EOT
pass;
