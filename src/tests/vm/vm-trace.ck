# -*- perl -*-
use strict;
use warnings;
use tests::tests;

# The trace lines come between the test's own lines whenever the timer
# says; compare the test's output without them.
my (@output) = read_text_file ("$test.output");
common_checks ("run", @output);

# The lines printed while the program spun: from "spin" to "done".
my ($spinning, @during) = (0);
for my $line (@output)
  {
    $spinning = 1 if $line =~ /^\(vm-trace\) spin$/;
    $spinning = 0 if $line =~ /^\(vm-trace\) done$/;
    push (@during, $line) if $spinning && $line =~ /^VM trace: /;
  }
fail "fewer than 3 trace lines while the program spun (" . scalar (@during)
  . "); is the trace printed only when pages fault?\n"
  if @during < 3;

my ($last_ticks, $faults);
for my $line (@during)
  {
    my ($ticks, $f) = $line =~ /^VM trace: (\d+) ticks, (\d+) page faults,/
      or fail "malformed trace line: $line\n";
    fail "trace ticks do not rise: $line\n"
      if defined $last_ticks && $ticks <= $last_ticks;
    fail "page faults changed while the program spun: $line\n"
      if defined $faults && $f != $faults;
    ($last_ticks, $faults) = ($ticks, $f);
  }

compare_output ('run', [grep (!/^VM trace: /, @output)], [<<'EOF']);
(vm-trace) begin
(vm-trace) spin
(vm-trace) done
(vm-trace) end
vm-trace: exit(0)
EOF
pass;
