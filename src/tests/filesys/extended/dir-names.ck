# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(dir-names) begin
(dir-names) mkdir a name of 14 characters
(dir-names) create one inside it
(dir-names) create a name of 15 characters (must fail)
(dir-names) mkdir a name of 15 characters (must fail)
(dir-names) create a 15-character name inside (must fail)
(dir-names) open under a 15-character name (must fail)
(dir-names) "." is the root
(dir-names) "/.." is the root
(dir-names) mkdir "d"
(dir-names) "d/." is "d"
(dir-names) "d/.." is the root
(dir-names) mkdir "." (must fail)
(dir-names) mkdir "d/.." (must fail)
(dir-names) create "d/." (must fail)
(dir-names) remove "d/." (must fail)
(dir-names) chdir "d/"
(dir-names) chdir "/"
(dir-names) open "/d/"
(dir-names) read "//d///e"
(dir-names) mkdir "d/e/" over the file (must fail)
(dir-names) d: 1 entries
(dir-names) end
dir-names: exit(0)
EOT
pass;
