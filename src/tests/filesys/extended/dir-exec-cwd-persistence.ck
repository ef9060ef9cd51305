# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_archive ({'sub' => {'marker' => ['in sub']},
                'made-by-child' => ['child'],
                'child-cwd' => 'tests/filesys/extended/child-cwd'});
pass;
