# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'abcdefghijklmn' => {'abcdefghijklmn' => []},
                'd' => {'e' => ['e']}});
pass;
