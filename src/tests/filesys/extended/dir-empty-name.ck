# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-empty-name) begin
(dir-empty-name) mkdir "" (must fail)
(dir-empty-name) create "" (must fail)
(dir-empty-name) open "" (must fail)
(dir-empty-name) chdir "" (must fail)
(dir-empty-name) remove "" (must fail)
(dir-empty-name) end
dir-empty-name: exit(0)
EOT
pass;
