# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'abc' => {}, 'def' => ['a file']});
pass;
