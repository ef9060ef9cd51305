# tests/tests.pm -- the library that every NAME.ck check script uses.
#
# A check script is run from a build directory as
#
#	perl -I SRCDIR SRCDIR/tests/DIR/NAME.ck tests/DIR/NAME tests/DIR/NAME.result
#
# It reads the test's output (tests/DIR/NAME.output), decides, and calls
# pass or fail, which write the verdict file (first line PASS or FAIL,
# then the reasons), print `pass NAME' or `FAIL NAME' and end the script.
#
# The usual script is one call:
#
#	check_expected ([<<'EOF']);
#	(name) begin
#	...
#	EOF
#	pass;
#
# check_expected first applies the checks every run must pass (it
# booted once, finished booting, powered off, did not panic, time out or
# print FAIL), then compares the lines between "Executing '...':" and
# "Execution of '...' complete." with each acceptable form given.
# Options before the forms relax the comparison: IGNORE_EXIT_CODES => 1
# drops "NAME: exit(N)" lines, IGNORE_USER_FAULTS => 1 drops the messages
# the kernel prints when it kills a faulting user process.
#
# File system persistence checks call check_archive with the files and
# directories that the test's disk must hold; see there.

package tests::tests;

use strict;
use warnings;
use Exporter 'import';
use File::Basename qw(dirname basename);
use tests::Algorithm::Diff;

our @EXPORT = qw(
  $test @prereq_tests
  pass fail
  check_expected compare_output common_checks get_core_output
  check_for_panic check_for_keyword check_for_triple_fault
  fix_exit_codes read_text_file read_binary_file number_lines
  check_archive read_tar
);

# The test being checked (e.g. tests/threads/alarm-single), where its
# verdict goes, and for a NAME-persistence check the test whose disk it
# examines.
our $test;
our $result_file;
our @prereq_tests;

die "usage: perl -I SRCDIR NAME.ck TEST [RESULT-FILE]\n" if !@ARGV;
($test, $result_file) = @ARGV;
$result_file = "$test.result" if !defined $result_file;
@prereq_tests = $test =~ /^(.*)-persistence$/ ? ($1) : ();

# Where the source tree's utils/ is, for `backtrace'.
my $UTILS = dirname (dirname (__FILE__)) . '/utils';

# Lines of the kernel's report on a user process it killed.
my @USER_FAULT_LINES = (
  qr/^Page fault at .* in user context\.$/,
  qr/: dying due to interrupt 0x[0-9a-f]+ \(.*\)\.$/,
  qr/^Interrupt 0x[0-9a-f]+ \(.*\) at eip=/,
  qr/^ cr2=[0-9a-f]+ error=[0-9a-f]+/,
  qr/^ eax=[0-9a-f]+ ebx=/,
  qr/^ esi=[0-9a-f]+ edi=/,
  qr/^ cs=[0-9a-f]+ ds=/,
);
my $EXIT_LINE = qr/^[\w.+-]+: exit\(-?\d+\)$/;

# Verdicts.

sub pass {
  finish ('PASS', @_);
}

sub fail {
  finish ('FAIL', @_);
}

# Writes VERDICT and MESSAGES to the result file, reports them on
# stdout, and ends the check.
sub finish {
  my ($verdict, @messages) = @_;
  my $text = join ('', map (/\n\z/ ? $_ : "$_\n", @messages));
  open (my $fh, '>', $result_file) or die "$result_file: create: $!\n";
  print $fh "$verdict\n$text";
  close ($fh) or die "$result_file: write: $!\n";
  print $verdict eq 'PASS' ? "pass $test\n" : "FAIL $test\n";
  print map ("  $_\n", split (/\n/, $text)) if $verdict ne 'PASS';
  exit 0;
}

# Reading output.

# Returns the lines of FILE without line ends (a serial console's \r
# included).  A missing file fails the test.
sub read_text_file {
  my ($file) = @_;
  open (my $fh, '<', $file) or fail ("$file: open: $!");
  my @lines = <$fh>;
  s/\r?\n\z// foreach @lines;
  s/\r+\z// foreach @lines;
  return @lines;
}

# Returns the contents of FILE as one string.
sub read_binary_file {
  my ($file) = @_;
  open (my $fh, '<:raw', $file) or fail ("$file: open: $!");
  local $/;
  my $data = <$fh>;
  return defined $data ? $data : '';
}

# Returns LINES with line numbers counting from FIRST, for messages.
sub number_lines {
  my ($first, $lines) = @_;
  my $width = length ($first + @$lines);
  my $n = $first;
  return map (sprintf ("%${width}d: %s", $n++, $_), @$lines);
}

# The checks every run must pass.

# Fails unless OUTPUT, from a run described as RUN ("run", ...), shows a
# kernel that booted once, did not panic, time out or report FAIL, and
# powered off.
sub common_checks {
  my ($run, @output) = @_;
  fail ("\u$run produced no output at all") if !@output;
  check_for_panic ($run, @output);
  check_for_keyword ($run, 'FAIL', @output);
  check_for_triple_fault ($run, @output);
  check_for_keyword ($run, 'TIMEOUT', @output);
  check_for_leaks ($run, @output);
  fail ("\u$run didn't start up properly: no \"Pintos booting\" message")
    if !grep (/Pintos booting with [\d,.']+ kB RAM\.\.\./, @output);
  fail ("\u$run didn't start up properly: no \"Boot complete\" message")
    if !grep (/Boot complete/, @output);
  fail ("\u$run didn't shut down properly: no \"Timer: # ticks\" message")
    if !grep (/Timer: \d+ ticks/, @output);
  fail ("\u$run didn't shut down properly: no \"Powering off\" message")
    if !grep (/Powering off/, @output);
}

# Fails if the kernel reports anything that user processes took and
# never gave back: user-program kernels print "Leaked pages: K kernel,
# U user; H heap blocks" (VM kernels add ", S swap slots, F frames")
# once every process has ended.
sub check_for_leaks {
  my ($run, @output) = @_;
  my ($line) = grep (/^Leaked pages: -?\d+ kernel, -?\d+ user(;.*)?$/,
                     @output);
  return if !defined $line;
  my @counts = $line =~ /(-?\d+) [a-z]/g;
  fail ("\u$run did not free all its memory: $line")
    if grep ($_ > 0, @counts);
}

# Fails if OUTPUT has a PANIC line, quoting it with its call stack and,
# where the tools are at hand, the stack translated to functions.
sub check_for_panic {
  my ($run, @output) = @_;
  my ($at) = grep ($output[$_] =~ /PANIC/, 0 .. $#output);
  return if !defined $at;

  my @message = ("\u$run panicked:", "  $output[$at]");
  my ($stack) = grep (/^Call stack:/, @output[$at .. $#output]);
  if (defined $stack) {
    push (@message, "  $stack");
    my @addresses = $stack =~ /(0x[0-9a-f]+)/g;
    my @symbols = backtrace (@addresses);
    push (@message, "Translation of the call stack:", map ("  $_", @symbols))
      if @symbols;
  }
  push (@message, "For help, run \`backtrace kernel.o' on the call stack.");
  fail (join ("\n", @message));
}

# Returns the `backtrace' tool's translation of ADDRESSES in kernel.o,
# or nothing if it cannot be had.
sub backtrace {
  my (@addresses) = @_;
  return () if !@addresses || !-e 'kernel.o' || !-x "$UTILS/backtrace";
  open (my $bt, '-|', "$UTILS/backtrace", 'kernel.o', @addresses)
    or return ();
  my @lines = <$bt>;
  close ($bt);
  chomp (@lines);
  return @lines;
}

# Fails if a line of OUTPUT contains KEYWORD, quoting it and what
# follows.
sub check_for_keyword {
  my ($run, $keyword, @output) = @_;
  my ($at) = grep ($output[$_] =~ /\Q$keyword\E/, 0 .. $#output);
  return if !defined $at;
  my $last = $at + 4 < $#output ? $at + 4 : $#output;
  fail (join ("\n", "\u$run: \"$keyword\" in the output:",
              map ("  $_", @output[$at .. $last])));
}

# Fails if OUTPUT shows the machine rebooting: a second boot, or pintos
# noting the triple fault that would have rebooted it.
sub check_for_triple_fault {
  my ($run, @output) = @_;
  my $boots = grep (/Pintos booting/, @output);
  fail ("\u$run spontaneously rebooted $boots times (triple fault?)")
    if $boots > 1;
  fail ("\u$run ended in a triple fault")
    if grep (/^pintos: triple fault/, @output);
}

# Comparing output.

# Returns the lines of OUTPUT between the first "Executing 'CMD':" and
# the "Execution of 'CMD' complete." that follows.
sub get_core_output {
  my ($run, @output) = @_;
  my ($start) = grep ($output[$_] =~ /^Executing '.*':$/, 0 .. $#output);
  fail ("\u$run didn't start a thread or process") if !defined $start;
  my ($command) = $output[$start] =~ /^Executing '(.*)':$/;
  my ($end) = grep ($output[$_] =~ /^Execution of '.*' complete\.$/,
                    $start + 1 .. $#output);
  fail ("\u$run started '$command' but it never finished") if !defined $end;
  return @output[$start + 1 .. $end - 1];
}

# Returns LINES with the process name of each "NAME: exit(N)" line cut
# to the 15 characters a kernel thread name holds.
sub fix_exit_codes {
  my (@lines) = @_;
  foreach (@lines) {
    s/^([^:\s]{16,}): (exit\(-?\d+\))$/substr ($1, 0, 15) . ": $2"/e;
  }
  return @lines;
}

# Checks the output of the current test against EXPECTED (see
# compare_output), after the common checks; OPTIONS come first.
# Returns the key of the form that matched.
sub check_expected {
  my $expected = pop @_;
  my (@options) = @_;
  my @output = read_text_file ("$test.output");
  common_checks ('run', @output);
  return compare_output ('run', @options, \@output, $expected);
}

# compare_output (RUN, OPTIONS..., \@OUTPUT, EXPECTED) compares the core
# of OUTPUT with each acceptable form in EXPECTED: a string, a list of
# strings, or a hash of them by name.  Returns the name (for a list, the
# 1-based position) of the first form that matches exactly; otherwise
# fails, showing each form and how the output differs from it.
sub compare_output {
  my $run = shift;
  my $expected = pop;
  my $output = pop;
  my (%options) = @_;
  my $ignore_exits = delete $options{IGNORE_EXIT_CODES};
  my $ignore_faults = delete $options{IGNORE_USER_FAULTS};
  die "compare_output: unknown option " . join (', ', keys %options) . "\n"
    if %options;

  my %forms = ref ($expected) eq 'HASH' ? %$expected
    : ref ($expected) eq 'ARRAY' ? map (($_ + 1 => $expected->[$_]),
                                        0 .. $#$expected)
    : (1 => $expected);
  my @keys = ref ($expected) eq 'HASH' ? sort keys %forms
    : sort { $a <=> $b } keys %forms;
  my $filter = sub {
    my @lines = fix_exit_codes (@_);
    @lines = grep (!/$EXIT_LINE/, @lines) if $ignore_exits;
    if ($ignore_faults) {
      foreach my $re (@USER_FAULT_LINES) {
        @lines = grep (!/$re/, @lines);
      }
    }
    return @lines;
  };
  my @actual = $filter->(get_core_output ($run, @$output));

  my $report = '';
  foreach my $key (@keys) {
    my @want = $filter->(split (/\n/, $forms{$key}));
    return $key if join ("\n", @want) eq join ("\n", @actual)
      && @want == @actual;
    $report .= "Acceptable output:\n" . join ('', map ("  $_\n", @want));
    $report .= "Differences in `diff -u' format:\n"
      . join ('', map ("$_\n", unified_lines (\@want, \@actual)));
  }
  $report .= "\n(Process exit codes are excluded for matching purposes.)\n"
    if $ignore_exits;
  $report .= "\n(User fault messages are excluded for matching purposes.)\n"
    if $ignore_faults;
  fail ("Test output failed to match any acceptable form.\n\n$report");
}

# Returns the lines of a diff from WANT to ACTUAL: "  " before lines in
# both, "- " before lines only wanted, "+ " before lines only produced.
sub unified_lines {
  my ($want, $actual) = @_;
  my @lines;
  tests::Algorithm::Diff::traverse_sequences ($want, $actual, {
    MATCH => sub { push (@lines, "  $want->[$_[0]]") },
    DISCARD_A => sub { push (@lines, "- $want->[$_[0]]") },
    DISCARD_B => sub { push (@lines, "+ $actual->[$_[1]]") },
  });
  return @lines;
}

# File system archives.

# check_archive (\%EXPECTED) checks a NAME-persistence test: the run that
# archived NAME's file system must have gone cleanly, and the archive
# it produced, NAME.tar, must hold exactly the files and directories
# described by EXPECTED.  Each key of EXPECTED is a name in the root
# directory; its value is
#   a hash        a directory, described the same way;
#   a list        a file whose contents are the list's strings, joined;
#   a string      a file with the same contents as that host file.
# The test program NAME and the `tar' program are expected in the root
# without being listed.
sub check_archive {
  my ($expected_tree) = @_;
  my $run = 'file system extraction run';
  my @output = read_text_file ("$test.output");
  common_checks ($run, @output);
  my @extra = grep (!/^[\w.+-]+: exit\(0\)$/, get_core_output ($run, @output));
  fail (join ("\n", "Error extracting file system:", map ("  $_", @extra)))
    if @extra;

  fail ("check_archive is for NAME-persistence tests, not $test")
    if !@prereq_tests;
  my $name = basename ($prereq_tests[0]);
  my %tree = (%$expected_tree, $name => $prereq_tests[0],
              tar => 'tests/filesys/extended/tar');
  my %expected = flatten_tree (\%tree, '');
  my %actual = read_tar ("$prereq_tests[0].tar");

  my @errors;
  foreach my $path (sort keys %expected) {
    push (@errors, compare_entry ($path, $expected{$path}, $actual{$path}));
  }
  push (@errors, map ("$_: present in the file system but not expected",
                      grep (!exists $expected{$_}, sort keys %actual)));
  fail (join ("\n", "The file system differs from what was expected:",
              map ("  $_", @errors))) if @errors;
}

# Returns a message if entry PATH differs between WANT and HAVE (each
# undef for a directory's `dir' marker or the file contents), else
# nothing.
sub compare_entry {
  my ($path, $want, $have) = @_;
  return "$path: missing from the file system" if !defined $have;
  return "$path: a directory, expected a file"
    if $have->{dir} && !$want->{dir};
  return "$path: a file, expected a directory"
    if !$have->{dir} && $want->{dir};
  return () if $want->{dir} || $want->{data} eq $have->{data};

  my ($w, $h) = ($want->{data}, $have->{data});
  my $ofs = 0;
  $ofs++ while $ofs < length ($w) && $ofs < length ($h)
    && substr ($w, $ofs, 1) eq substr ($h, $ofs, 1);
  return sprintf ("%s: %d bytes, expected %d; first difference at byte %d",
                  $path, length ($h), length ($w), $ofs);
}

# Turns the tree TREE (see check_archive) into a hash from paths under
# PREFIX to {dir => 1} or {data => CONTENTS}.
sub flatten_tree {
  my ($tree, $prefix) = @_;
  my %flat;
  foreach my $name (keys %$tree) {
    my $path = "$prefix$name";
    my $value = $tree->{$name};
    if (ref ($value) eq 'HASH') {
      $flat{$path} = {dir => 1};
      %flat = (%flat, flatten_tree ($value, "$path/"));
    } elsif (ref ($value) eq 'ARRAY') {
      $flat{$path} = {data => join ('', @$value)};
    } else {
      $flat{$path} = {data => read_binary_file ($value)};
    }
  }
  return %flat;
}

# Reads ustar archive FILE.  Returns a hash from each path in it
# (without leading `/' or `./' or a trailing `/') to {dir => 1} or
# {data => CONTENTS}.  Fails if the archive is unreadable.
sub read_tar {
  my ($file) = @_;
  require utils::Pintos;
  my @entries = eval { Pintos::ustar_unpack (read_binary_file ($file)) };
  fail ("$file: $@") if $@;
  my %flat;
  foreach my $entry (@entries) {
    my $path = $entry->{name};
    $path =~ s%^(\./|/)+%%;
    $path =~ s%/+\z%%;
    next if $path eq '' || $path eq '.';
    # Directories above an entry exist even where no entry names them.
    my $parent = $path;
    $flat{$parent} = {dir => 1} while $parent =~ s%/[^/]*\z%%;
    if ($entry->{type} eq '5') {
      $flat{$path} = {dir => 1};
    } elsif ($entry->{type} eq '0') {
      $flat{$path} = {data => $entry->{data}};
    } else {
      fail ("$file: $path has unsupported ustar type `$entry->{type}'");
    }
  }
  return %flat;
}

1;
