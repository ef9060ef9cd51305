# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Only the filesys build, whose files grow, prints the buffer cache's
# statistics at power-off; there the write at the end of the file
# extends it by all 4 bytes, elsewhere it writes nothing.
my $grows = grep (/^Cache: /, read_text_file ("$test.output"));
my $more = $grows ? 4 : 0;
check_expected ([<<EOF]);
(write-normal) begin
(write-normal) create "copy.txt"
(write-normal) open "copy.txt"
(write-normal) write returned 196
(write-normal) write at end of file = $more
(write-normal) open "copy.txt" for verification
(write-normal) verified contents of "copy.txt"
(write-normal) close "copy.txt"
(write-normal) end
write-normal: exit(0)
EOF
pass;
