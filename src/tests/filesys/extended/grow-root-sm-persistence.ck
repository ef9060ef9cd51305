# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# file0 to file19, each holding its own name.
check_archive ({map (("file$_" => ["file$_"]), 0 .. 19)});
pass;
