# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::userprog::args;
check_args (qw(args-multiple some arguments for you!));
pass;
