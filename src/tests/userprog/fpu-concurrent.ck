# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fpu-concurrent) begin
child-fpu: exit(0)
child-fpu: exit(0)
child-fpu: exit(0)
(fpu-concurrent) series 0 exact
(fpu-concurrent) series 1: exit status 0
(fpu-concurrent) series 2: exit status 0
(fpu-concurrent) series 3: exit status 0
(fpu-concurrent) end
fpu-concurrent: exit(0)
EOF
pass;
