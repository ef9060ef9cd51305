# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-open) begin
(dir-open) mkdir "xyzzy"
(dir-open) create "plugh"
(dir-open) open "xyzzy"
(dir-open) open "plugh"
(dir-open) isdir "xyzzy"
(dir-open) isdir "plugh" (must be false)
(dir-open) their inode numbers differ
(dir-open) write to "xyzzy" (must write nothing)
(dir-open) readdir of "plugh" (must fail)
(dir-open) readdir of "xyzzy" finds it empty
(dir-open) close both
(dir-open) end
dir-open: exit(0)
EOT
pass;
