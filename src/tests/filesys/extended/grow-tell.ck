# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-tell) begin
(grow-tell) create "testme"
(grow-tell) open "testme"
(grow-tell) writing "testme"
(grow-tell) close "testme"
(grow-tell) open "testme" for verification
(grow-tell) verified contents of "testme"
(grow-tell) close "testme"
(grow-tell) end
grow-tell: exit(0)
EOT
pass;
