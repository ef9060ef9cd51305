# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The child is a copy of the parent, so it prints under the same name;
# the parent prints nothing between fork and wait.
check_expected ([<<'EOT']);
(dir-fork-cwd) begin
(dir-fork-cwd) mkdir "sub"
(dir-fork-cwd) chdir "sub"
(dir-fork-cwd) the child starts in "sub"
(dir-fork-cwd) child: chdir ".."
dir-fork-cwd: exit(0)
(dir-fork-cwd) the child exited with 0
(dir-fork-cwd) the parent's working directory is still "sub"
(dir-fork-cwd) the child made "/made-by-fork"
(dir-fork-cwd) end
dir-fork-cwd: exit(0)
EOT
pass;
