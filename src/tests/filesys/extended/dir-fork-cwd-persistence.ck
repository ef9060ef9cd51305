# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'sub' => {'marker' => ['in sub']},
                'made-by-fork' => ['child']});
pass;
