# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# file0 to file59, each holding its own name.
check_archive ({map (("file$_" => ["file$_"]), 0 .. 59)});
pass;
