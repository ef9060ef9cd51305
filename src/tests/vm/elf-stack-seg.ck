# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(elf-stack-seg) begin
(elf-stack-seg) open "child-simple"
(elf-stack-seg) segment in the stack region: exec = -1
(elf-stack-seg) segment reaching the guard page: exec = -1
(elf-stack-seg) intact copy:
(child-simple) run
good: exit(81)
(elf-stack-seg) wait = 81
(elf-stack-seg) end
elf-stack-seg: exit(0)
EOF
pass;
