# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The second form is qemu's TCG, which cannot raise #XM (see exc.c).
check_expected ([<<'EOF', <<'EOF']);
(exc-xm) begin
exc-xm: exit(-1)
EOF
(exc-xm) begin
(exc-xm) not tested: qemu's TCG does not raise #XM
exc-xm: exit(0)
EOF
pass;
