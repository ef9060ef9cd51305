# -*- perl -*-
# Twenty threads starting one per second, each busy for 15 seconds:
# see mlfqs-load.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
fail ("missing the line describing the run")
  if !grep ($_ eq '20 threads, each busy for 15 seconds, '
                  . 'starting 1 second(s) apart', @lines);
foreach (@lines) {
    fail ("a thread was woken at the wrong time: \"$_\"")
      if /^thread (\d+): busy from tick (\d+)/ && $2 != 100 * $1;
}
my @samples = mlfqs_parse (qr/^second (\d+): load_avg/, @lines);
fail ("expected samples for every second second from 0 to 44, in order")
  if @samples != 23 || grep ($samples[$_][0] != 2 * $_, 0...22);
mlfqs_check_spinner_load (20, 1500, @lines);
pass;
