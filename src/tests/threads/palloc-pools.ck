# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(palloc-pools) begin
(palloc-pools) allocated all user pages, one at a time
(palloc-pools) multi-page runs are contiguous
(palloc-pools) kernel-pool runs of 6, 3 and 1 pages do not overlap
(palloc-pools) PAL_ZERO pages are zero; both pools back to where they started
(palloc-pools) end
EOF
pass;
