# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(orphan) begin
(orphan) open "orphan-child"
(orphan) read its first byte
(orphan-parent) exec("orphan-child")
orphan-parent: exit(0)
(orphan) wait(exec("orphan-parent")) = 0
(orphan) create "go"
(orphan-child) parent is gone, still running
orphan-child: exit(7)
(orphan) orphan-child has exited
(orphan) end
orphan: exit(0)
EOF
pass;
