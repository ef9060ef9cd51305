# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-tell) begin
(grow-tell) create "growing"
(grow-tell) open "growing"
(grow-tell) writing "growing"
(grow-tell) close "growing"
(grow-tell) open "growing" for verification
(grow-tell) verified contents of "growing"
(grow-tell) close "growing"
(grow-tell) end
grow-tell: exit(0)
EOT
pass;
