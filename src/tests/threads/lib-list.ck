# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-list) begin
(lib-list) empty list
(lib-list) insert and remove
(lib-list) splice
(lib-list) reverse
(lib-list) sort is stable
(lib-list) insert_ordered keeps order and insertion order of equal keys
(lib-list) unique
(lib-list) min and max pick the earliest of equals
(lib-list) end
EOF
pass;
