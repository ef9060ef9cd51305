# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(thread-lifecycle) begin
(thread-lifecycle) created 5 workers
(thread-lifecycle) worker-0 running
(thread-lifecycle) worker-0 done
(thread-lifecycle) worker-1 running
(thread-lifecycle) worker-1 done
(thread-lifecycle) worker-2 running
(thread-lifecycle) worker-2 done
(thread-lifecycle) worker-3 running
(thread-lifecycle) worker-3 done
(thread-lifecycle) worker-4 running
(thread-lifecycle) worker-4 done
(thread-lifecycle) workers exited, their pages are free again
(thread-lifecycle) round 0: 20 threads came and went
(thread-lifecycle) round 1: 20 threads came and went
(thread-lifecycle) round 2: 20 threads came and went
(thread-lifecycle) thread_create without a free page returns TID_ERROR
(thread-lifecycle) end
EOF
pass;
