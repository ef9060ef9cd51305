# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The child runs under the name it was exec'd by, "/child-cwd", and
# the parent prints nothing between exec and wait, so the child's
# lines come where they are below.
check_expected ([<<'EOT']);
(dir-exec-cwd) begin
(dir-exec-cwd) mkdir "sub"
(dir-exec-cwd) chdir "sub"
(dir-exec-cwd) exec "/child-cwd"
(child-cwd) "marker" is in my working directory
(child-cwd) chdir ".."
/child-cwd: exit(0)
(dir-exec-cwd) the child exited with 0
(dir-exec-cwd) the parent's working directory is still "sub"
(dir-exec-cwd) the child made "/made-by-child"
(dir-exec-cwd) end
dir-exec-cwd: exit(0)
EOT
pass;
