# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(grow-sparse) begin
(grow-sparse) write and remove 76546 bytes of junk
(grow-sparse) create "sparse"
(grow-sparse) open "sparse"
(grow-sparse) seek to 76543 and write "end"
(grow-sparse) size is 76546
(grow-sparse) seek to 30001 and write "mid"
(grow-sparse) size is still 76546
(grow-sparse) open "sparse" for verification
(grow-sparse) verified contents of "sparse"
(grow-sparse) close "sparse"
(grow-sparse) end
grow-sparse: exit(0)
EOT
pass;
