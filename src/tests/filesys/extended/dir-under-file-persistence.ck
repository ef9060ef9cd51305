# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'abc' => ['plain file']});
pass;
