# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# Ten children write their parts of "stuff" at once; then the parent
# reads the file back, which check_file reports in three steps.  The
# children's exit lines come in whatever order they finish, so they
# are left out.
my @steps = ('create "stuff"',
             exec_children_msgs ('child-syn-wrt', 10),
             wait_children_msgs (10),
             'open "stuff" for verification',
             'verified contents of "stuff"',
             'close "stuff"');
check_expected (IGNORE_EXIT_CODES => 1,
                [join ("\n", msg_lines ('syn-write', @steps))]);
pass;
