# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'log' => [map (sprintf ("%05d\n", $_), 0 .. 599)]});
pass;
