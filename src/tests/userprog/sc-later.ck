# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-later) begin
(sc-later) mmap fails
(sc-later) munmap returns
(sc-later) chdir fails
(sc-later) mkdir fails
(sc-later) readdir fails
(sc-later) isdir fails
(sc-later) inumber fails
(sc-later) end
sc-later: exit(0)
EOF
pass;
