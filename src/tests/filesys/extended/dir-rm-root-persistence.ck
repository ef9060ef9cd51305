# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'sub' => {}, 'after' => ['the root still works']});
pass;
