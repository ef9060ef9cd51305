# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mlfqs-block) begin
(mlfqs-block) main: sleeping while the helper spins
(mlfqs-block) main: spinning while the helper waits for the lock
(mlfqs-block) main: releasing the lock
(mlfqs-block) helper: got the lock
(mlfqs-block) helper: recent_cpu decayed while it was blocked
(mlfqs-block) main: the helper got the lock before lock_release() returned
(mlfqs-block) end
EOF
pass;
