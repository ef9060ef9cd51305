# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(sc-sp-edges) begin
sc-sp-edges: exit(42)
(sc-sp-edges) top: 42
sc-sp-edges: exit(43)
(sc-sp-edges) odd: 43
sc-sp-edges: exit(44)
(sc-sp-edges) rodata: 44
(sc-sp-edges) written from a frame at the top
sc-sp-edges: exit(46)
(sc-sp-edges) write-top: 46
sc-sp-edges: exit(-1)
(sc-sp-edges) close-past-top: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) write-past-top: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) write-unmapped: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) number-past-top: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) number-unmapped: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) at-top: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) wrap: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) null: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) push-kernel: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) int3-null: -1
sc-sp-edges: exit(-1)
(sc-sp-edges) ud2-wrap: -1
(sc-sp-edges) end
sc-sp-edges: exit(0)
EOF
pass;
