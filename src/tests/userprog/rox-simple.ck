# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::lib;
# The program's own executable opens and reads normally; the write
# must write nothing (rox-simple.c fails unless it returns 0).
my @steps = map ("$_ \"rox-simple\"", 'open', 'read', 'try to write');
check_expected ([join ("\n", msg_lines ('rox-simple', @steps),
                       'rox-simple: exit(0)')]);
pass;
