# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-seq-sm) begin
(grow-seq-sm) create "testme"
(grow-seq-sm) open "testme"
(grow-seq-sm) writing "testme"
(grow-seq-sm) close "testme"
(grow-seq-sm) open "testme" for verification
(grow-seq-sm) verified contents of "testme"
(grow-seq-sm) close "testme"
(grow-seq-sm) end
grow-seq-sm: exit(0)
EOT
pass;
