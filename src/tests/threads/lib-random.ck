# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-random) begin
(lib-random) the same seed gives the same stream, in one call or in pieces
(lib-random) random_ulong draws from the same stream
(lib-random) different seeds give different streams
(lib-random) every byte value turns up about equally often
(lib-random) end
EOF
pass;
