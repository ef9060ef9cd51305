# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# The parent's steps, in the order syn-read.c takes them.  Each child
# checks the bytes itself and fails loudly on a mismatch, and exits
# with its own index, which wait_children holds it to.  The children's
# exit lines come in whatever order they finish, so they are left out.
my @steps = ((map ("$_ \"data\"", qw(create open write close))),
             exec_children_msgs ('child-syn-read', 10),
             wait_children_msgs (10));
check_expected (IGNORE_EXIT_CODES => 1,
                [join ("\n", msg_lines ('syn-read', @steps))]);
pass;
