# -*- perl -*-
# Models of the 4.4BSD scheduler, for the checks of the mlfqs-* tests.
#
# Each function here computes, in ordinary floating point and straight
# from the scheduler's specification, what a test should have
# measured; the checks compare the kernel's numbers with these within
# a tolerance.  The specification, with TIMER_FREQ = 100:
#
#   - On every tick, the running thread's recent_cpu grows by 1
#     (not the idle thread's).
#   - On every tick that is a multiple of 100 (a "second boundary"),
#     first load_avg = (59/60) * load_avg + (1/60) * ready, where ready
#     counts the threads ready or running, then every thread's
#     recent_cpu = (2 * load_avg) / (2 * load_avg + 1) * recent_cpu + nice.
#   - Priority = 63 - recent_cpu / 4 - 2 * nice, rounded down, clamped
#     to 0...63, recomputed every 4th tick.  The highest-priority ready
#     thread runs; equal priorities share the CPU round robin, 4 ticks
#     at a time.
#
# Our tests all start their measurements halfway between two second
# boundaries (tests/threads/mlfqs.h), so tick T after the start is a
# second boundary when T + 50 is a multiple of 100.
#
# The .ck files that Pintos users bring call a different set of
# functions, which this package also provides under their Pintos
# names and with their Pintos meanings: mlfqs_expected_load,
# mlfqs_expected_ticks, mlfqs_compare and check_mlfqs_fair.  Those
# model a Pintos test's run from its start, with load_avg and every
# recent_cpu at 0 and the first second boundary one second later.

package tests::threads::mlfqs;

use strict;
use warnings;
use Exporter 'import';
use POSIX qw(floor);
use tests::tests;

our @EXPORT = qw(mlfqs_expected_load mlfqs_expected_ticks mlfqs_compare
                 check_mlfqs_fair
                 mlfqs_load_curve mlfqs_replay_busy_thread
                 mlfqs_simulate_shares mlfqs_differences
                 mlfqs_output mlfqs_parse mlfqs_check_load
                 mlfqs_check_spinner_load mlfqs_check_busy_thread);

# How far measured values may be from the model.  load_avg is exact but
# for rounding to hundredths and 17.14 truncation (both well under
# 0.01).  recent_cpu drifts a few thousandths per second through 17.14
# truncation (about 0.25 over mlfqs-recent-1's 40 seconds).  The fair
# and nice checks state their own tolerances: the tick counts of
# competing threads vary with where each one's time slices fall.
use constant LOAD_TOLERANCE => 0.02;
use constant RECENT_CPU_TOLERANCE => 0.5;

use constant TIMER_FREQ => 100;
use constant START_PHASE => TIMER_FREQ / 2;
use constant TIME_SLICE => 4;
use constant PRI_MIN => 0;
use constant PRI_MAX => 63;

# How long the threads of a Pintos fair or nice test compete.
use constant PINTOS_FAIR_SECONDS => 30;

# Returns true if tick T after the start is a second boundary, when
# the start is PHASE ticks after one.
sub is_second_boundary {
    my ($t, $phase) = @_;
    return ($t + $phase) % TIMER_FREQ == 0;
}

# One second boundary's update of load_avg, with READY threads ready
# or running.
sub next_load {
    my ($load, $ready) = @_;
    return $load * 59 / 60 + $ready / 60;
}

# One second boundary's update of a recent_cpu value, given the
# load_avg already updated at that boundary.
sub next_recent_cpu {
    my ($recent_cpu, $load, $nice) = @_;
    return 2 * $load / (2 * $load + 1) * $recent_cpu + $nice;
}

# The priority that RECENT_CPU and NICE give.
sub priority {
    my ($recent_cpu, $nice) = @_;
    my ($priority) = floor (PRI_MAX - $recent_cpu / 4 - 2 * $nice);
    return $priority < PRI_MIN ? PRI_MIN
         : $priority > PRI_MAX ? PRI_MAX
         : $priority;
}

# mlfqs_load_curve ($LOAD, @READY)
#
# Returns the load averages after each of a series of second
# boundaries, starting from $LOAD, where $READY[I] threads were ready
# or running at boundary I.
sub mlfqs_load_curve {
    my ($load, @ready) = @_;
    return map { $load = next_load ($load, $_) } @ready;
}

# mlfqs_expected_load (\@READY, \@RECENT_DELTA)
#
# The Pintos interface: starting from load_avg 0 and a thread's
# recent_cpu 0 with nice 0, $READY[I] threads are ready or running at
# second boundary I, and the thread runs for $RECENT_DELTA[I] ticks in
# the second up to it.  Returns references to the lists of load_avg
# and of the thread's recent_cpu just after each boundary.
sub mlfqs_expected_load {
    my ($ready, $recent_delta) = @_;
    my (@load) = mlfqs_load_curve (0, @$ready);
    my ($recent_cpu) = 0;

    die "mlfqs_expected_load: more recent_cpu deltas than seconds\n"
      if @$recent_delta > @$ready;
    my (@recent_cpu) = map {
        $recent_cpu = next_recent_cpu ($recent_cpu + $recent_delta->[$_],
                                       $load[$_], 0);
    } 0...$#$recent_delta;
    return (\@load, \@recent_cpu);
}

# mlfqs_replay_busy_thread ($RECENT_CPU, $LOAD, $NICE, $T0, @TICKS)
#
# A single thread with nice value $NICE, the only one with work to do,
# had recent_cpu $RECENT_CPU and the system load average $LOAD at tick
# $T0 after the start, and runs on every tick after that.  Returns
# one [recent_cpu, load_avg] pair for each tick in @TICKS, ascending
# and none before $T0.
sub mlfqs_replay_busy_thread {
    my ($recent_cpu, $load, $nice, $t, @ticks) = @_;
    my (@values);

    foreach my $sample (@ticks) {
        while ($t < $sample) {
            $t++;
            $recent_cpu++;
            if (is_second_boundary ($t, START_PHASE)) {
                $load = next_load ($load, 1);
                $recent_cpu = next_recent_cpu ($recent_cpu, $load, $nice);
            }
        }
        push (@values, [$recent_cpu, $load]);
    }
    return @values;
}

# mlfqs_simulate_shares ($LOAD, $TICKS, @NICE)
#
# Threads with the nice values in @NICE, and recent_cpu equal to their
# nice values, become ready at the start of one of our tests, in
# order, with load_avg at $LOAD, and compete for the CPU for $TICKS
# ticks, no other thread being ready.  Returns the number of ticks
# each one runs.
sub mlfqs_simulate_shares {
    my ($load, $ticks, @nice) = @_;
    return simulate_scheduler ($load, $ticks, START_PHASE, \@nice, [@nice]);
}

# mlfqs_expected_ticks (@NICE)
#
# The Pintos interface: threads with the nice values in @NICE become
# ready together, in order, and compete for the CPU for 30 seconds,
# no other thread being ready, with load_avg and recent_cpu starting
# from 0.  Returns the number of ticks each one runs.
sub mlfqs_expected_ticks {
    my (@nice) = @_;
    return simulate_scheduler (0, PINTOS_FAIR_SECONDS * TIMER_FREQ, 0,
                               \@nice, [(0) x @nice]);
}

# simulate_scheduler ($LOAD, $TICKS, $PHASE, \@NICE, \@RECENT_CPU)
#
# The scheduler, tick by tick: threads with the nice values in @NICE
# and the recent_cpu values in @RECENT_CPU become ready in order at a
# start $PHASE ticks after a second boundary, with load_avg at $LOAD,
# and compete for the CPU for $TICKS ticks, no other thread being
# ready.  Returns the number of ticks each one runs.
sub simulate_scheduler {
    my ($load, $ticks, $phase, $nice_, $recent_cpu_) = @_;
    my (@nice) = @$nice_;
    my (@recent_cpu) = @$recent_cpu_;
    my (@priority) = map (priority ($recent_cpu[$_], $nice[$_]), 0...$#nice);
    my (@ran) = (0) x @nice;
    my (@ready) = map ([], PRI_MIN...PRI_MAX);  # One FIFO per priority.

    push (@{$ready[$priority[$_]]}, $_) foreach 0...$#nice;
    my ($running) = pop_highest (\@ready);
    my ($slice) = 0;

    for my $t (1...$ticks) {
        $recent_cpu[$running]++;
        $ran[$running]++;

        my ($recompute);
        if (is_second_boundary ($t, $phase)) {
            $load = next_load ($load, scalar (@nice));
            $recent_cpu[$_] = next_recent_cpu ($recent_cpu[$_], $load,
                                               $nice[$_])
              foreach 0...$#nice;
            $recompute = [0...$#nice];
        } elsif ($t % TIME_SLICE == 0) {
            $recompute = [$running];
        }

        my ($yield) = ++$slice >= TIME_SLICE;
        if ($recompute) {
            foreach my $i (@$recompute) {
                my ($new) = priority ($recent_cpu[$i], $nice[$i]);
                next if $new == $priority[$i];
                if ($i != $running) {
                    my ($queue) = $ready[$priority[$i]];
                    @$queue = grep ($_ != $i, @$queue);
                    push (@{$ready[$new]}, $i);
                }
                $priority[$i] = $new;
            }
            $yield = 1 if highest_ready (\@ready) > $priority[$running];
        }

        if ($yield) {
            push (@{$ready[$priority[$running]]}, $running);
            $running = pop_highest (\@ready);
            $slice = 0;
        }
    }
    return @ran;
}

# Returns the highest priority with a thread in the ready queues
# @$READY, or PRI_MIN - 1 if they are all empty.
sub highest_ready {
    my ($ready) = @_;
    for (my $p = PRI_MAX; $p >= PRI_MIN; $p--) {
        return $p if @{$ready->[$p]};
    }
    return PRI_MIN - 1;
}

# Removes and returns the first thread of the highest non-empty queue
# in @$READY.
sub pop_highest {
    my ($ready) = @_;
    return shift (@{$ready->[highest_ready ($ready)]});
}

# mlfqs_differences ($WHAT, $TOLERANCE, \@LABELS, \@EXPECTED, \@ACTUAL)
#
# Compares measured values with expected ones.  Returns nothing if
# every measured value is within $TOLERANCE of the expected one, and
# otherwise a table, one line per value, marking those that are not.
sub mlfqs_differences {
    my ($what, $tolerance, $labels, $expected, $actual) = @_;
    my (@rows) = (['', 'expected', 'measured', 'difference', '']);
    my ($bad) = 0;

    die "mismatched lists" if @$expected != @$actual || @$labels != @$actual;
    for my $i (0...$#$actual) {
        my ($diff) = $actual->[$i] - $expected->[$i];
        my ($out) = abs ($diff) > $tolerance;
        $bad++ if $out;
        push (@rows, [$labels->[$i], sprintf ("%.2f", $expected->[$i]),
                      sprintf ("%.2f", $actual->[$i]),
                      sprintf ("%+.2f", $diff), $out ? "<-- off" : ""]);
    }
    return if !$bad;
    return ("$bad $what value(s) differ from the expected ones by more "
            . "than $tolerance:", format_table (@rows));
}

# Returns ROWS, each a list of cells, as lines of right-aligned
# columns but for the last one.
sub format_table {
    my (@rows) = @_;
    my (@width);
    foreach my $row (@rows) {
        foreach my $col (0...$#$row - 1) {
            my ($len) = length ($row->[$col]);
            $width[$col] = $len if !defined $width[$col] || $len > $width[$col];
        }
    }
    return map {
        my ($row) = $_;
        join ('  ', map (sprintf ("%*s", $width[$_], $row->[$_]),
                         0...$#$row - 1), $row->[$#$row]) =~ s/\s+\z//r;
    } @rows;
}

# mlfqs_output ()
#
# Runs the usual checks on the current test's output and returns the
# test's own lines, between `begin' and `end', without the "(NAME) "
# prefix.
sub mlfqs_output {
    my (@output) = read_text_file ("$test.output");
    common_checks ("run", @output);
    my (@lines) = get_core_output ("run", @output);
    s/^\([^)]+\) // foreach @lines;
    return grep ($_ ne 'begin' && $_ ne 'end', @lines);
}

# mlfqs_parse ($REGEX, @LINES)
#
# Returns, for each line in @LINES that matches $REGEX, a reference to
# the list of its captures.
sub mlfqs_parse {
    my ($regex, @lines) = @_;
    return map ([/$regex/], grep (/$regex/, @lines));
}

# mlfqs_check_load (\@SAMPLES, \@READY)
#
# Checks load_avg samples [SECOND, LOAD], taken halfway through each
# SECOND after the start, the first at second 0.  $READY[K - 1] is the
# number of threads ready or running at the K-th second boundary after
# the start, which falls between seconds K - 1 and K.  Fails unless
# every sample after the first is what the load_avg formula gives from
# the first.
sub mlfqs_check_load {
    my ($samples, $ready) = @_;
    my ($first, @rest) = @$samples;

    fail ("the first load_avg sample is not at second 0") if $first->[0] != 0;
    my (@curve) = mlfqs_load_curve ($first->[1], @$ready);
    my (@problems) = mlfqs_differences ("load_avg", LOAD_TOLERANCE,
                                        [map ("second $_->[0]", @rest)],
                                        [map ($curve[$_->[0] - 1], @rest)],
                                        [map ($_->[1], @rest)]);
    fail (join ("\n", @problems)) if @problems;
}

# mlfqs_check_spinner_load ($THREAD_CNT, $BUSY_TICKS, @LINES)
#
# The whole check of mlfqs-load-60 and mlfqs-load-avg, given the test's
# output @LINES.  There, $THREAD_CNT spinners each report
# "thread I: busy from tick FROM to tick TO": woken at tick FROM after
# the start, they spun until they noticed, at tick TO, that $BUSY_TICKS
# had passed, and blocked.  The main thread samples load_avg halfway
# through a second, sleeping in between, so at each second boundary
# the threads ready or running are exactly the spinners between their
# FROM and TO.
sub mlfqs_check_spinner_load {
    my ($thread_cnt, $busy_ticks, @lines) = @_;

    my (@busy) = mlfqs_parse (
        qr/^thread (\d+): busy from tick (\d+) to tick (\d+)$/, @lines);
    fail ("expected $thread_cnt lines saying when each thread was busy, "
          . "in order")
      if @busy != $thread_cnt || grep ($busy[$_][0] != $_, 0...$#busy);
    foreach my $b (@busy) {
        my ($i, $from, $to) = @$b;
        fail ("thread $i stopped at tick $to, before its time was up")
          if $to < $from + $busy_ticks;
    }

    my (@samples) = mlfqs_parse (qr/^second (\d+): load_avg (-?\d+\.\d\d)$/,
                                 @lines);
    fail ("no load_avg samples") if !@samples;
    fail ("the load_avg samples' seconds do not ascend")
      if grep ($samples[$_][0] <= $samples[$_ - 1][0], 1...$#samples);

    # A thread woken at tick FROM is ready from then on; one that noticed
    # at tick TO that it was time to stop was still ready at that tick.
    my (@ready);
    foreach my $k (1...$samples[$#samples][0]) {
        my ($boundary) = $k * TIMER_FREQ - START_PHASE;
        push (@ready, scalar (grep ($_->[1] < $boundary
                                    && $boundary <= $_->[2], @busy)));
    }
    mlfqs_check_load (\@samples, \@ready);
}

# mlfqs_check_busy_thread ($NICE, @SAMPLES)
#
# Checks samples [TICK, RECENT_CPU, LOAD_AVG] of a thread with nice
# value $NICE that has been the only thread with work to do and has
# run on every tick since the first sample.  Fails unless every sample
# after the first is what the scheduler's formulas give from the
# first.
sub mlfqs_check_busy_thread {
    my ($nice, @samples) = @_;
    my ($first, @rest) = @samples;

    fail ("the samples' ticks do not ascend")
      if grep ($samples[$_][0] <= $samples[$_ - 1][0], 1...$#samples);
    my (@model) = mlfqs_replay_busy_thread (@$first[1, 2], $nice,
                                            $first->[0],
                                            map ($_->[0], @rest));
    my (@labels) = map ("tick $_->[0]", @rest);
    my (@problems) = (mlfqs_differences ("recent_cpu", RECENT_CPU_TOLERANCE,
                                         \@labels, [map ($_->[0], @model)],
                                         [map ($_->[1], @rest)]),
                      mlfqs_differences ("load_avg", LOAD_TOLERANCE,
                                         \@labels, [map ($_->[1], @model)],
                                         [map ($_->[2], @rest)]));
    fail (join ("\n", @problems)) if @problems;
}

# mlfqs_compare ($VAR, $FORMAT, \@ACTUAL, \@EXPECTED, $MAX_DIFF,
#                [$START, $END, $STEP], $MESSAGE)
#
# The Pintos interface: compares $ACTUAL[I] with $EXPECTED[I] for I
# from $START to $END in steps of $STEP.  Returns if each is present
# and within $MAX_DIFF; otherwise fails the test with $MESSAGE and a
# table of the values, $VAR naming the index column and $FORMAT (a
# printf format) formatting the values.
sub mlfqs_compare {
    my ($var, $format, $actual, $expected, $max_diff, $range, $message) = @_;
    my ($start, $end, $step) = @$range;
    my ($signed_format) = $format =~ s/%/%+/r;
    my (@rows) = ([$var, 'actual', 'expected', 'diff', '']);
    my ($bad) = 0;

    die "mlfqs_compare: step must be positive\n" if $step <= 0;
    for (my $i = $start; $i <= $end; $i += $step) {
        die "mlfqs_compare: no expected value for $var $i\n"
          if !defined $expected->[$i];
        my ($want) = sprintf ($format, $expected->[$i]);
        if (!defined $actual->[$i]) {
            push (@rows, [$i, 'missing', $want, '', '<-- missing']);
            $bad++;
            next;
        }
        my ($diff) = $actual->[$i] - $expected->[$i];
        my ($out) = abs ($diff) > $max_diff;
        push (@rows, [$i, sprintf ($format, $actual->[$i]), $want,
                      sprintf ($signed_format, $diff),
                      $out ? "<-- off by more than $max_diff" : '']);
        $bad++ if $out;
    }
    return if !$bad;
    fail (join ("\n", $message, '', format_table (@rows)));
}

# check_mlfqs_fair (\@NICE, $TOLERANCE)
#
# The whole check of a fair or nice test, in which threads with the
# nice values in @NICE compete for the CPU and report how many ticks
# each ran; each count must be within $TOLERANCE of what the simulated
# scheduler gives.  Two versions of the test program report:
#
#   - ours (mlfqs-fair.c) reports the start's load_avg, the run's
#     length and each thread's nice value, which the simulation
#     starts from (mlfqs_simulate_shares);
#   - the one Pintos users bring prints "Thread N received T ticks."
#     for each thread N and nothing the simulation needs: it assumes
#     Pintos's starting point (mlfqs_expected_ticks).
sub check_mlfqs_fair {
    my ($nice, $tolerance) = @_;
    my (@lines) = mlfqs_output ();

    if (grep (/^Thread \d+ received/, @lines)) {
        check_pintos_fair ($nice, $tolerance, @lines);
    } else {
        check_own_fair ($nice, $tolerance, @lines);
    }
    pass;
}

# Checks the output LINES of Pintos's fair or nice test; see
# check_mlfqs_fair.
sub check_pintos_fair {
    my ($nice, $tolerance, @lines) = @_;
    my (@actual);

    foreach my $line (grep (/^Thread \d+ received/, @lines)) {
        my ($thread, $ticks) = $line =~ /^Thread (\d+) received (\d+) ticks\.$/
          or fail ("malformed line \"$line\"");
        fail ("\"$line\": there is no thread $thread") if $thread >= @$nice;
        fail ("thread $thread reported twice") if defined $actual[$thread];
        $actual[$thread] = $ticks;
    }
    my (@expected) = mlfqs_expected_ticks (@$nice);
    mlfqs_compare ("thread", "%d", \@actual, \@expected, $tolerance,
                   [0, $#expected, 1],
                   "Some tick counts were missing or differed from those "
                   . "expected by more than $tolerance.");
}

# Checks the output LINES of our fair or nice test; see
# check_mlfqs_fair.
sub check_own_fair {
    my ($nice, $tolerance, @lines) = @_;

    my ($header) = mlfqs_parse (qr/^(\d+) threads spun for (\d+) seconds$/,
                                @lines);
    fail ("missing the line saying how many threads spun for how long")
      if !$header;
    my ($thread_cnt, $seconds) = @$header;
    fail ("$thread_cnt threads spun, not " . scalar (@$nice))
      if $thread_cnt != @$nice;

    my ($load) = mlfqs_parse (qr/^load_avg at the start: (-?\d+\.\d\d)$/,
                              @lines);
    fail ("missing the load average at the start") if !$load;

    my (@threads) = mlfqs_parse (
        qr/^thread (\d+): nice (-?\d+), ran (\d+) ticks$/, @lines);
    fail ("expected one line per thread, in order")
      if @threads != @$nice || grep ($threads[$_][0] != $_, 0...$#threads);
    foreach my $i (0...$#threads) {
        fail ("thread $i had nice $threads[$i][1], not $nice->[$i]")
          if $threads[$i][1] != $nice->[$i];
    }

    my (@expected) = mlfqs_simulate_shares ($load->[0], $seconds * TIMER_FREQ,
                                            @$nice);
    my (@problems) = mlfqs_differences ("tick count", $tolerance,
                                        [map ("thread $_", 0...$#threads)],
                                        \@expected,
                                        [map ($_->[2], @threads)]);
    fail (join ("\n", @problems)) if @problems;
}

1;
