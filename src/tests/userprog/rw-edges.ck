# -*- perl -*-
# console-pages writes 100 numbered lines of 100 bytes in one call.
use strict;
use warnings;
use tests::tests;
my $lines = join ('', map (sprintf ("(rw-edges) line %02d %s\n", $_,
                                    chr (ord ('a') + $_ % 26) x 80),
                           0 .. 99));
check_expected ([<<'EOF' . $lines . <<'EOF']);
(rw-edges) begin
(rw-edges) create "scratch"
(rw-edges) ends at the top of user space
rw-edges: exit(41)
(rw-edges) write-to-top: 41
rw-edges: exit(16)
(rw-edges) read-to-top: 16
rw-edges: exit(196)
(rw-edges) read-to-data-end: 196
rw-edges: exit(196)
(rw-edges) write-from-data-end: 196
rw-edges: exit(196)
(rw-edges) read-less-than-asked: 196
EOF
rw-edges: exit(10000)
(rw-edges) console-pages: 10000
rw-edges: exit(-1)
(rw-edges) read-past-data-end: -1
rw-edges: exit(-1)
(rw-edges) write-past-data-end: -1
rw-edges: exit(-1)
(rw-edges) read-far-past-top: -1
rw-edges: exit(-1)
(rw-edges) write-huge: -1
rw-edges: exit(-1)
(rw-edges) write-wrap: -1
rw-edges: exit(-1)
(rw-edges) read-wrap: -1
(rw-edges) end
rw-edges: exit(0)
EOF
pass;
