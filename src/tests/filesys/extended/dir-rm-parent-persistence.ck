# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Nothing of the test's own is left on the disk.
check_archive ({});
pass;
