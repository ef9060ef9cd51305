# -*- perl -*-
# Sixty threads busy for 30 seconds, then none: see mlfqs-load.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
fail ("missing the line describing the run")
  if !grep ($_ eq '60 threads, each busy for 30 seconds, '
                  . 'starting 0 second(s) apart', @lines);
foreach (@lines) {
    fail ("a thread was woken at the wrong time: \"$_\"")
      if /^thread \d+: busy from tick (\d+)/ && $1 != 0;
}
my @samples = mlfqs_parse (qr/^second (\d+): load_avg/, @lines);
fail ("expected samples for every second second from 0 to 50, in order")
  if @samples != 26 || grep ($samples[$_][0] != 2 * $_, 0...25);
mlfqs_check_spinner_load (60, 3000, @lines);
pass;
