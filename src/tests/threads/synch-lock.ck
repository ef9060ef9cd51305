# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(synch-lock) begin
(synch-lock) lock ownership and lock_try_acquire work
(synch-lock) 4 threads made 400 increments with no update lost
(synch-lock) end
EOF
pass;
