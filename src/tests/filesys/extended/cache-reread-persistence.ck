# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
# 1000 bytes of the random stream from seed 0.
random_init (0);
check_archive ({'small' => [random_bytes (1000)]});
pass;
