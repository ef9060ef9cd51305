# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The second form is qemu's TCG, which cannot raise #AC (see exc.c).
check_expected ([<<'EOF', <<'EOF']);
(exc-ac) begin
exc-ac: exit(-1)
EOF
(exc-ac) begin
(exc-ac) not tested: qemu's TCG does not raise #AC
exc-ac: exit(0)
EOF
pass;
