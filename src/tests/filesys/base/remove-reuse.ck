# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(remove-reuse) begin
(remove-reuse) create "victim"
(remove-reuse) open "victim" once
(remove-reuse) open "victim" twice
(remove-reuse) write "victim"
(remove-reuse) remove "victim"
(remove-reuse) open "victim" by name fails
(remove-reuse) remove "victim" again fails
(remove-reuse) create a new "victim"
(remove-reuse) open "victim" for verification
(remove-reuse) verified contents of "victim"
(remove-reuse) close "victim"
(remove-reuse) check the removed file through the other descriptor
(remove-reuse) verified contents of "victim"
(remove-reuse) close both descriptors
(remove-reuse) remove the new "victim"
(remove-reuse) end
EOF
pass;
