# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
# "left" got the first 8143 bytes of the random stream from seed 0,
# "right" the next 8143.
random_init (0);
my $left = random_bytes (8143);
my $right = random_bytes (8143);
check_archive ({'left' => [$left], 'right' => [$right]});
pass;
