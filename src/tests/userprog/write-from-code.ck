# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(write-from-code) begin
(write-from-code) a line written straight from read-only data
(write-from-code) create "code.bin"
(write-from-code) open "code.bin"
(write-from-code) write 300 bytes of code to it
(write-from-code) read them back
(write-from-code) they are the code's bytes
(write-from-code) the code is unchanged
(write-from-code) end
write-from-code: exit(0)
EOF
pass;
