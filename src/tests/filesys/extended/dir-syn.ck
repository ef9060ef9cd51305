# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# Four children work in "shared" at once; the parent then checks
# every entry they left (its own messages) and reports the counts.
# The children's exit lines come in whatever order they finish.
my @steps = ('mkdir "shared"',
             exec_children_msgs ('child-dir-syn', 4),
             wait_children_msgs (4),
             'shared: 45 entries',
             'shared/race: 1 entries');
check_expected (IGNORE_EXIT_CODES => 1,
                [join ("\n", msg_lines ('dir-syn', @steps))]);
pass;
