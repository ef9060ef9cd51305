# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# The second close of the same descriptor may fail or do nothing, but
# the process must live on to its end and exit normally.
my @steps = ('open "sample.txt"', 'close "sample.txt"',
             'close "sample.txt" again');
check_expected ([join ("\n", msg_lines ('close-twice', @steps),
                       'close-twice: exit(0)')]);
pass;
