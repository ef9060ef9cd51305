# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# Four readers follow the writer; their exit lines come in whatever
# order they finish.
my @steps = ('create "logfile"',
             'open "logfile"',
             exec_children_msgs ('child-syn-rw', 4),
             'write "logfile" while they read it',
             'close "logfile"',
             wait_children_msgs (4),
             'open "logfile" for verification',
             'verified contents of "logfile"',
             'close "logfile"');
check_expected (IGNORE_EXIT_CODES => 1,
                [join ("\n", msg_lines ('syn-rw', @steps))]);
pass;
