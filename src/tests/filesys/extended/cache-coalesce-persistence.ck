# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Write I changed byte I mod 512 to I mod 256 before writing the
# sector, so each byte holds what the last of the 3000 writes gave it.
my @last = map { my $i = $_; $i += 512 while $i + 512 < 3000; $i } 0 .. 511;
check_archive ({'one' => [pack ('C*', map ($_ & 0xff, @last))]});
pass;
