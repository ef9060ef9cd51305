# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
# "a" got the first 8143 bytes of the random stream from seed 0, "b"
# the next 8143.
random_init (0);
my $a = random_bytes (8143);
my $b = random_bytes (8143);
check_archive ({'a' => [$a], 'b' => [$b]});
pass;
