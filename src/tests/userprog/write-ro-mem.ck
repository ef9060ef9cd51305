# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-ro-mem) begin
(write-ro-mem) a line written straight from read-only data
(write-ro-mem) create "code.bin"
(write-ro-mem) open "code.bin"
(write-ro-mem) write 300 bytes of code to it
(write-ro-mem) read them back
(write-ro-mem) they are the code's bytes
(write-ro-mem) the code is unchanged
(write-ro-mem) end
write-ro-mem: exit(0)
EOF
pass;
