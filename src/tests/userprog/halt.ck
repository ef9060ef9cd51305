# -*- perl -*-
# halt powers off from inside the run, so there is no "Execution of"
# line to end the run's output: look at the whole output instead.
use strict;
use warnings;
use tests::tests;
our ($test);
my (@output) = read_text_file ("$test.output");
common_checks ("run", @output);
fail "missing \"(halt) begin\"\n" if !grep ($_ eq '(halt) begin', @output);
fail "halt returned\n" if grep (/^\(halt\) (end|FAIL)/, @output);
fail "halt printed an exit line\n" if grep (/^halt: exit\(/, @output);
pass;
