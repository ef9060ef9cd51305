# -*- perl -*-
# Sixty threads busy for 30 seconds, then none: see mlfqs-load-60.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
fail ("missing the line describing the run")
  if !grep ($_ eq '60 threads busy from second 0 to second 30', @lines);
my @samples = mlfqs_parse (qr/^second (\d+): load_avg (-?\d+\.\d\d)$/,
                           @lines);
fail ("expected samples for every second second from 0 to 50, in order")
  if @samples != 26 || grep ($samples[$_][0] != 2 * $_, 0...25);
mlfqs_check_load (\@samples, [map ($_ <= 30 ? 60 : 0, 1...50)]);
pass;
