# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# "plugh" was created with 10 bytes, never written: zeros.
check_archive ({'xyzzy' => {}, 'plugh' => ["\0" x 10]});
pass;
