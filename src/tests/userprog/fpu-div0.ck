# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The second form is qemu's TCG, which cannot raise #XM (see exc.c).
check_expected ([<<'EOF', <<'EOF']);
(fpu-div0) begin
(exc-mf) begin
exc-mf: exit(-1)
(fpu-div0) exc-mf: -1
(exc-xm) begin
exc-xm: exit(-1)
(fpu-div0) exc-xm: -1
(child-fpu) the FPU starts in its reset state
(child-fpu) x87: (1 + 1) * sqrt (144) / 4 * 10 = 60
(child-fpu) SSE: (1 + 1) * sqrt (144) / 4 * 10 = 60
child-fpu: exit(0)
(fpu-div0) child-fpu check: 0
(fpu-div0) end
fpu-div0: exit(0)
EOF
(fpu-div0) begin
(exc-mf) begin
exc-mf: exit(-1)
(fpu-div0) exc-mf: -1
(exc-xm) begin
(exc-xm) not tested: qemu's TCG does not raise #XM
exc-xm: exit(0)
(fpu-div0) exc-xm: 0
(child-fpu) the FPU starts in its reset state
(child-fpu) x87: (1 + 1) * sqrt (144) / 4 * 10 = 60
(child-fpu) SSE: (1 + 1) * sqrt (144) / 4 * 10 = 60
child-fpu: exit(0)
(fpu-div0) child-fpu check: 0
(fpu-div0) end
fpu-div0: exit(0)
EOF
pass;
