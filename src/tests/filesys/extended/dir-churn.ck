# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-churn) begin
(dir-churn) mkdir "churn"
(dir-churn) round 0: make 100 entries
(dir-churn) churn: 100 entries
(dir-churn) round 0: remove all but 0
(dir-churn) churn: 0 entries
(dir-churn) round 1: make 100 entries
(dir-churn) churn: 100 entries
(dir-churn) round 1: remove all but 0
(dir-churn) churn: 0 entries
(dir-churn) round 2: make 100 entries
(dir-churn) churn: 100 entries
(dir-churn) round 2: remove all but 3
(dir-churn) churn: 3 entries
(dir-churn) end
dir-churn: exit(0)
EOT
pass;
