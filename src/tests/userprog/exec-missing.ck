# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-missing) begin
(exec-missing) exec("no-such-file") = -1
(exec-missing) exec("") = -1
(exec-missing) exec("   ") = -1
(exec-missing) end
exec-missing: exit(0)
EOF
pass;
