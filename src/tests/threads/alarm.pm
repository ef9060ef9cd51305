# -*- perl -*-
# The check of alarm-single and alarm-multiple (alarm-wait.c).
#
# THREAD_CNT threads each sleep ROUNDS times; thread N's K-th wake-up
# is due at K * 10 * (N + 1) ticks after a common start.  The test
# prints one line per wake-up, in the order the wake-ups happened.
# Threads due at the same tick may wake in either order, so the check
# accepts any log in which the due times never decrease, each line's
# due time is right for its thread and round, and each thread's rounds
# appear once each, in order.

package tests::threads::alarm;

use strict;
use warnings;
use tests::tests;
use Exporter 'import';

our @EXPORT = qw(check_alarm);

use constant THREAD_CNT => 5;

# check_alarm ($ROUNDS) checks the current test, run with $ROUNDS
# rounds, and passes or fails it.
sub check_alarm {
    my ($rounds) = @_;
    my (@output) = read_text_file ("$test.output");
    common_checks ("run", @output);
    my (@lines) = get_core_output ("run", @output);
    s/^\([^)]+\) // foreach @lines;

    my ($header) = sprintf ("%d threads sleep %d time(s) each, "
                            . "thread N for 10 * (N + 1) ticks",
                            THREAD_CNT, $rounds);
    fail ("expected `begin', then \"$header\"")
      if @lines < 2 || $lines[0] ne 'begin' || $lines[1] ne $header;
    fail ("expected `end' last") if $lines[$#lines] ne 'end';

    my (@next_round) = (1) x THREAD_CNT;
    my ($latest) = 0;
    foreach my $line (@lines[2 .. $#lines - 1]) {
        my ($thread, $round, $due)
          = $line =~ /^thread (\d+) round (\d+): due (\d+) ticks after start$/
          or fail ("unexpected line \"$line\"");
        fail ("no thread $thread") if $thread >= THREAD_CNT;
        fail ("thread $thread woke for round $round, "
              . "expected round $next_round[$thread]")
          if $round != $next_round[$thread]++;
        fail ("thread $thread round $round: due time $due, expected "
              . $round * 10 * ($thread + 1))
          if $due != $round * 10 * ($thread + 1);
        fail ("a wake-up due at $due came after one due at $latest")
          if $due < $latest;
        $latest = $due;
    }
    foreach my $thread (0 .. THREAD_CNT - 1) {
        my ($woke) = $next_round[$thread] - 1;
        fail ("thread $thread woke $woke times, expected $rounds")
          if $woke != $rounds;
    }
    pass;
}

1;
