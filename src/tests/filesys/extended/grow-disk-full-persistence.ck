# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The filler is gone again; only the file written first remains.
check_archive ({'keep' => ['written before the disk filled up']});
pass;
