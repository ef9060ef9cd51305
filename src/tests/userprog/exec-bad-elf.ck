# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(exec-bad-elf) begin
(exec-bad-elf) open "child-simple"
(exec-bad-elf) bad magic: exec = -1
(exec-bad-elf) 64-bit class: exec = -1
(exec-bad-elf) big-endian: exec = -1
(exec-bad-elf) shared object type: exec = -1
(exec-bad-elf) x86-64 machine: exec = -1
(exec-bad-elf) version 0: exec = -1
(exec-bad-elf) wrong phentsize: exec = -1
(exec-bad-elf) no program headers: exec = -1
(exec-bad-elf) 65535 program headers: exec = -1
(exec-bad-elf) headers past end of file: exec = -1
(exec-bad-elf) header offset wraps: exec = -1
(exec-bad-elf) entry outside segments: exec = -1
(exec-bad-elf) truncated to 30 bytes: exec = -1
(exec-bad-elf) empty file: exec = -1
(exec-bad-elf) segment in kernel space: exec = -1
(exec-bad-elf) segment in page 0: exec = -1
(exec-bad-elf) segment wraps around: exec = -1
(exec-bad-elf) file size over memory size: exec = -1
(exec-bad-elf) segment past end of file: exec = -1
(exec-bad-elf) offset and address incongruent: exec = -1
(exec-bad-elf) PT_INTERP segment: exec = -1
(exec-bad-elf) PT_DYNAMIC segment: exec = -1
(exec-bad-elf) 768 MB of bss: exec = -1
(exec-bad-elf) intact copy:
(child-simple) run
good: exit(81)
(exec-bad-elf) wait = 81
(exec-bad-elf) end
exec-bad-elf: exit(0)
EOF
pass;
