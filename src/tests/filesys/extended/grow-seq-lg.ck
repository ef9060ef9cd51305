# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-seq-lg) begin
(grow-seq-lg) create "growing"
(grow-seq-lg) open "growing"
(grow-seq-lg) writing "growing"
(grow-seq-lg) close "growing"
(grow-seq-lg) open "growing" for verification
(grow-seq-lg) verified contents of "growing"
(grow-seq-lg) close "growing"
(grow-seq-lg) end
grow-seq-lg: exit(0)
EOT
pass;
