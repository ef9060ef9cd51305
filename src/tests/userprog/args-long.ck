# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args-long) begin
args-count: exit(133892090)
(args-long) one-letter words: 2043 arguments passed
args-count: exit(2625340)
(args-long) long words: 40 arguments passed
(args-long) exec of a 4096-byte command line fails
(args-long) end
args-long: exit(0)
EOF
pass;
