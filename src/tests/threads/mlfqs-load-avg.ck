# -*- perl -*-
# Twenty threads starting one per second, each busy for 15 seconds:
# see mlfqs-load-avg.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
my @busy = mlfqs_parse (qr/^thread (\d+): busy from tick (\d+) to tick (\d+)$/,
                        @lines);
fail ("expected one line per thread, in order")
  if @busy != 20 || grep ($busy[$_][0] != $_, 0...19);
foreach my $b (@busy) {
    my ($i, $from, $to) = @$b;
    fail ("thread $i started at tick $from, not " . 100 * $i)
      if $from != 100 * $i;
    fail ("thread $i stopped at tick $to, before its 15 seconds were up")
      if $to < $from + 1500;
}

# The K-th second boundary after the start is at tick 100 * K - 50.  A
# thread woken at tick FROM is ready from then on; one that noticed at
# tick TO that it was time to stop was still ready at that tick.
my @ready;
foreach my $k (1...44) {
    my $boundary = 100 * $k - 50;
    push (@ready, scalar (grep ($_->[1] < $boundary && $boundary <= $_->[2],
                                @busy)));
}

my @samples = mlfqs_parse (qr/^second (\d+): load_avg (-?\d+\.\d\d)$/,
                           @lines);
fail ("expected samples for every second second from 0 to 44, in order")
  if @samples != 23 || grep ($samples[$_][0] != 2 * $_, 0...22);
mlfqs_check_load (\@samples, \@ready);
pass;
