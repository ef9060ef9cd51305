# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'a' => {'b' => [], 'c' => ['in a']}});
pass;
