# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
# The writer's data: 12 kB of the random stream from seed 0x72770000.
random_init (0x72770000);
check_archive ({'logfile' => [random_bytes (12 * 1024)],
                'child-syn-rw' => 'tests/filesys/extended/child-syn-rw'});
pass;
