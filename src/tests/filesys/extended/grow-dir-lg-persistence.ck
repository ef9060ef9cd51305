# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# dir/file0 to dir/file59, each holding its own name.
check_archive ({'dir' => {map (("file$_" => ["file$_"]), 0 .. 59)}});
pass;
