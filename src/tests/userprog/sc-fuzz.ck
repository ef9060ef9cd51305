# -*- perl -*-
# The children's calls succeed, fail or get them killed in ways the
# test does not predict, so only the parent's messages are compared,
# and the exit lines are checked against the parent's counts.  A
# child's console write may leave a line unfinished, so messages and
# exit lines are looked for at the end of each line.
use strict;
use warnings;
use tests::tests;

my @output = read_text_file ("$test.output");
common_checks ('run', @output);
my @core = get_core_output ('run', @output);

my @messages = map (/(\(sc-fuzz\) .*)$/ ? $1 : (), @core);
my %exits;
foreach (@core) {
  $exits{$1}++ if /sc-fuzz: exit\((-?\d+)\)$/;
}

my $summary = qr/^\(sc-fuzz\) 48 children: (\d+) made all their calls, /
  . qr/(\d+) were killed$/;
fail ("Expected begin, a summary and end; got:\n" . join ("\n", @messages))
  if @messages != 3 || $messages[0] ne '(sc-fuzz) begin'
     || $messages[1] !~ /$summary/ || $messages[2] ne '(sc-fuzz) end';
my ($survived, $killed) = $messages[1] =~ /$summary/;
fail ("$survived + $killed children, not 48") if $survived + $killed != 48;

# 100: a child made all its calls; -1: killed; 33: "sc-fuzz quiet",
# which children start; 0: the test itself.
foreach my $status (keys %exits) {
  fail ("a process exited with status $status")
    if !grep ($_ == $status, -1, 0, 33, 100);
}
my ($own, $full, $dead) = map ($exits{$_} // 0, 0, 100, -1);
fail ("the test's own exit line is missing") if $own != 1;
fail ("$full exit lines with status 100 for $survived survivors")
  if $full != $survived;
fail ("$dead exit lines with status -1 for $killed killed")
  if $dead != $killed;
pass;
