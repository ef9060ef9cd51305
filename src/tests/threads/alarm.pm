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
#
# Two versions of the test program print that log.  Ours prints
#
#   5 threads sleep ROUNDS time(s) each, thread N for 10 * (N + 1) ticks
#   thread N round K: due D ticks after start
#
# and the one Pintos users bring prints
#
#   Creating 5 threads to sleep ROUNDS times each.
#   ...a few lines explaining the test...
#   thread N: duration=10 * (N + 1), iteration=K, product=D
#
# The header line tells which one ran; both are held to the same rules.

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

    fail ("expected `begin' first") if !@lines || $lines[0] ne 'begin';
    fail ("expected `end' last") if @lines < 2 || $lines[$#lines] ne 'end';
    my (@body) = @lines[1 .. $#lines - 1];
    fail ("no output between `begin' and `end'") if !@body;

    my (@wakeups) = $body[0] =~ /^Creating /
                    ? pintos_wakeups ($rounds, @body)
                    : own_wakeups ($rounds, @body);
    check_wakeups ($rounds, @wakeups);
    pass;
}

# Returns the wake-ups, as [THREAD, ROUND, DUE], that our alarm-wait.c
# logged in BODY, failing on anything else.
sub own_wakeups {
    my ($rounds, $header, @log) = @_;
    my ($expected) = sprintf ("%d threads sleep %d time(s) each, "
                              . "thread N for 10 * (N + 1) ticks",
                              THREAD_CNT, $rounds);
    fail ("expected \"$expected\" after `begin'") if $header ne $expected;

    return map {
        my (@wakeup)
          = /^thread (\d+) round (\d+): due (\d+) ticks after start$/
          or fail ("unexpected line \"$_\"");
        \@wakeup;
    } @log;
}

# Returns the wake-ups, as [THREAD, ROUND, DUE], that Pintos's
# alarm-wait.c logged in BODY.  Lines before the first wake-up explain
# the test and are not checked; after it, every line must be a
# wake-up whose numbers agree with each other.
sub pintos_wakeups {
    my ($rounds, $header, @rest) = @_;
    my ($expected) = sprintf ("Creating %d threads to sleep %d times each.",
                              THREAD_CNT, $rounds);
    fail ("expected \"$expected\" after `begin'") if $header ne $expected;

    my ($wakeup)
      = qr/^thread (\d+): duration=(\d+), iteration=(\d+), product=(\d+)$/;
    shift (@rest) while @rest && $rest[0] !~ /^thread \d+:/;
    return map {
        my ($thread, $duration, $round, $product) = /$wakeup/
          or fail ("unexpected line \"$_\"");
        fail ("thread $thread slept $duration ticks, expected "
              . 10 * ($thread + 1))
          if $duration != 10 * ($thread + 1);
        fail ("\"$_\": the product of $duration and $round is not $product")
          if $product != $duration * $round;
        [$thread, $round, $product];
    } @rest;
}

# Fails unless WAKEUPS, each [THREAD, ROUND, DUE] in the order logged,
# are every thread's ROUNDS wake-ups, each round once and in order, at
# the right due times, with the due times never decreasing.
sub check_wakeups {
    my ($rounds, @wakeups) = @_;
    my (@next_round) = (1) x THREAD_CNT;
    my ($latest) = 0;

    foreach my $wakeup (@wakeups) {
        my ($thread, $round, $due) = @$wakeup;
        fail ("no thread $thread") if $thread >= THREAD_CNT;
        fail ("thread $thread woke for round $round, "
              . "expected round $next_round[$thread]")
          if $round != $next_round[$thread];
        $next_round[$thread]++;
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
}

1;
