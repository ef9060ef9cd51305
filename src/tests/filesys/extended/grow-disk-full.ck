# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-disk-full) begin
(grow-disk-full) fill the disk
(grow-disk-full) more than 1048576 bytes fit
(grow-disk-full) check what was written
(grow-disk-full) remove "filler"
(grow-disk-full) fill all but 262144 bytes
(grow-disk-full) a write 1048576 bytes into a new file leaks nothing
(grow-disk-full) remove "filler"
(grow-disk-full) fill the disk again
(grow-disk-full) as much fits the second time
(grow-disk-full) remove "filler"
(grow-disk-full) end
grow-disk-full: exit(0)
EOT
pass;
