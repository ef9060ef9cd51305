# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Write I changed byte I mod 512 to I mod 256 before writing the
# sector, so each byte holds what the last of the 1500 writes gave it.
my @bytes = map ($_ + 1024 < 1500 ? $_ + 1024 : $_ + 512, 0 .. 511);
check_archive ({'one' => [pack ('C*', map ($_ & 0xff, @bytes))]});
pass;
