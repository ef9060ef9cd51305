# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-stdlib) begin
(lib-stdlib) atoi and abs
(lib-stdlib) qsort of various lengths, duplicates, odd element sizes
(lib-stdlib) bsearch finds every present key and no absent one
(lib-stdlib) end
EOF
pass;
