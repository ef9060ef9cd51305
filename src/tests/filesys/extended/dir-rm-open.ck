# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Removing an open directory may be allowed or refused; each choice
# has its own consistent outcome.
check_expected ({removed => <<'EOT', refused => <<'EOT'});
(dir-rm-open) begin
(dir-rm-open) mkdir "a"
(dir-rm-open) open "a"
(dir-rm-open) remove "a" while it holds "x" (must fail)
(dir-rm-open) remove "a/x"
(dir-rm-open) remove "a" while it is open: removed
(dir-rm-open) readdir of the open "a" finds nothing
(dir-rm-open) create "a/y" (must fail)
(dir-rm-open) open "a" (must fail)
(dir-rm-open) close "a"
(dir-rm-open) chdir "a" (must fail)
(dir-rm-open) end
dir-rm-open: exit(0)
EOT
(dir-rm-open) begin
(dir-rm-open) mkdir "a"
(dir-rm-open) open "a"
(dir-rm-open) remove "a" while it holds "x" (must fail)
(dir-rm-open) remove "a/x"
(dir-rm-open) remove "a" while it is open: refused
(dir-rm-open) close "a"
(dir-rm-open) remove "a" once closed
(dir-rm-open) chdir "a" (must fail)
(dir-rm-open) end
dir-rm-open: exit(0)
EOT
pass;
