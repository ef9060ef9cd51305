# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Removing the working directory may be allowed or refused; each
# choice has its own consistent outcome.
check_expected ({removed => <<'EOT', refused => <<'EOT'});
(dir-rm-cwd) begin
(dir-rm-cwd) mkdir "a"
(dir-rm-cwd) chdir "a"
(dir-rm-cwd) remove "/a" while it is the working directory: removed
(dir-rm-cwd) create "b" in it (must fail)
(dir-rm-cwd) mkdir "c" in it (must fail)
(dir-rm-cwd) open "/a" (must fail)
(dir-rm-cwd) chdir "/"
(dir-rm-cwd) open "a" (must fail)
(dir-rm-cwd) end
dir-rm-cwd: exit(0)
EOT
(dir-rm-cwd) begin
(dir-rm-cwd) mkdir "a"
(dir-rm-cwd) chdir "a"
(dir-rm-cwd) remove "/a" while it is the working directory: refused
(dir-rm-cwd) create "b" in it
(dir-rm-cwd) remove "b"
(dir-rm-cwd) chdir "/"
(dir-rm-cwd) remove "a" from the root
(dir-rm-cwd) open "a" (must fail)
(dir-rm-cwd) end
dir-rm-cwd: exit(0)
EOT
pass;
