# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-seq-sm) begin
(grow-seq-sm) create "growing"
(grow-seq-sm) open "growing"
(grow-seq-sm) writing "growing"
(grow-seq-sm) close "growing"
(grow-seq-sm) open "growing" for verification
(grow-seq-sm) verified contents of "growing"
(grow-seq-sm) close "growing"
(grow-seq-sm) end
grow-seq-sm: exit(0)
EOT
pass;
