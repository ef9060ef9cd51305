# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# "a" was removed and made again, empty.
check_archive ({'a' => {}});
pass;
