# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fill-disk) begin
(fill-disk) find the largest file that can be created
(fill-disk) it has at least 1048576 bytes
(fill-disk) fill the disk
(fill-disk) create "filler"
(fill-disk) open "filler"
(fill-disk) write at least 1048576 bytes
(fill-disk) read back what was written
(fill-disk) close "filler"
(fill-disk) remove "filler"
(fill-disk) fill the disk again
(fill-disk) create "filler"
(fill-disk) open "filler"
(fill-disk) write at least 1048576 bytes
(fill-disk) read back what was written
(fill-disk) close "filler"
(fill-disk) remove "filler"
(fill-disk) the space came back
(fill-disk) end
EOF
pass;
