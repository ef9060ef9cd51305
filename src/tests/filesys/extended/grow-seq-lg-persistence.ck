# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
# The test wrote the first 150000 bytes of the random stream from seed 0.
random_init (0);
check_archive ({'growing' => [random_bytes (150000)]});
pass;
