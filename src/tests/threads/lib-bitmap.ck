# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-bitmap) begin
(lib-bitmap) random operations on 10 sizes match a model
(lib-bitmap) scan_and_flip hands out runs, also across word boundaries
(lib-bitmap) a bitmap in a caller's buffer
(lib-bitmap) end
EOF
pass;
