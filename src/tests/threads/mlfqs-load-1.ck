# -*- perl -*-
# One thread busy for 30 seconds, then idle for 10: see mlfqs-load-1.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
fail ("missing the line describing the run")
  if !grep ($_ eq 'busy for 30 seconds, then idle for 10', @lines);
my @samples = mlfqs_parse (qr/^second (\d+): load_avg (-?\d+\.\d\d)$/,
                           @lines);
fail ("expected samples for seconds 0 to 40, in order")
  if @samples != 41 || grep ($samples[$_][0] != $_, 0...40);
mlfqs_check_load (\@samples, [map ($_ <= 30 ? 1 : 0, 1...40)]);
pass;
