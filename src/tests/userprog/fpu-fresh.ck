# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fpu-fresh) begin
(child-fpu) leaving the FPU dirty
child-fpu: exit(0)
(fpu-fresh) dirty: 0
(child-fpu) the FPU starts in its reset state
(child-fpu) x87: (1 + 1) * sqrt (144) / 4 * 10 = 60
(child-fpu) SSE: (1 + 1) * sqrt (144) / 4 * 10 = 60
child-fpu: exit(0)
(fpu-fresh) check: 0
(fpu-fresh) leaving the FPU dirty
(child-fpu) the FPU starts in its reset state
(child-fpu) x87: (1 + 1) * sqrt (144) / 4 * 10 = 60
(child-fpu) SSE: (1 + 1) * sqrt (144) / 4 * 10 = 60
child-fpu: exit(0)
(fpu-fresh) check: 0
(fpu-fresh) end
fpu-fresh: exit(0)
EOF
pass;
