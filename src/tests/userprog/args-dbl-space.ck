# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::userprog::args;
# The command line has two spaces between "two" and "spaces!"; they
# separate the words as one space would.
check_args (qw(args-dbl-space two spaces!));
pass;
