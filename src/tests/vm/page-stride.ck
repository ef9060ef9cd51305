# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-stride) begin
(page-stride) fill 4 MB, every 7th page at a time
(page-stride) check it, every 13th page at a time
(page-stride) all 4 MB held what was written
(page-stride) end
page-stride: exit(0)
EOF
pass;
