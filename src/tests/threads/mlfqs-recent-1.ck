# -*- perl -*-
# One busy thread with nice 2, sampled every second: see
# mlfqs-recent-1.c.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

my @lines = mlfqs_output ();
fail ("the thread's nice value did not read back as 2")
  if !grep ($_ eq 'nice 2', @lines);
my $number = qr/-?\d+\.\d\d/;
my @samples = mlfqs_parse (
    qr/^tick (\d+): recent_cpu ($number), load_avg ($number)$/, @lines);
fail ("expected 41 samples") if @samples != 41;
mlfqs_check_busy_thread (2, @samples);
pass;
