# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-shuffle) begin
(page-shuffle) fill 3 MB
(page-shuffle) update 1500 randomly chosen words
(page-shuffle) undo the same updates
(page-shuffle) every word is back as it was
(page-shuffle) end
page-shuffle: exit(0)
EOF
pass;
