# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# Every step after the remove goes through the descriptor that was
# open before it, and must still succeed.
my $file = '"deleteme"';
my @steps = ((map ("$_ $file", qw(create open remove write))),
             "seek $file to 0",
             (map ("$_ $file", qw(read close))));
check_expected (IGNORE_EXIT_CODES => 1,
                [join ("\n", msg_lines ('syn-remove', @steps))]);
pass;
