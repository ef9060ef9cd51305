# -*- perl -*-
# tests/threads/panic.pm -- checks for kernel tests that end in a panic.
#
# The usual checks fail any output with PANIC in it, so tests whose whole
# point is a panic (a deliberate PANIC(), a failed assertion, an
# unexpected fault) use check_panic() instead.  It passes only if:
#
#   - the kernel booted once, and after the panic still powered off;
#   - the test printed exactly its `begin' line and the lines it was
#     expected to print before the panic, and never reached `end' or FAIL;
#   - there is exactly one "Kernel PANIC at FILE:LINE in FUNCTION(): MSG"
#     line, whose MSG (and, if asked, FUNCTION and the source text at
#     FILE:LINE) are as expected;
#   - the next line is "Call stack:" with addresses that the `backtrace'
#     tool turns into the expected functions, innermost first (other
#     frames may come in between);
#   - for a fault, the registers were dumped, with the expected vector,
#     fault address and error code, the faulting eip in the call stack,
#     and a kernel-mode stack pointer.

package tests::threads::panic;

use strict;
use warnings;
use tests::tests;
use Exporter 'import';
use File::Basename qw(dirname);

our @EXPORT = qw(check_panic symbol_address);

# The `backtrace' tool, in the source tree's utils/, and the kernel,
# in the build directory that checks run in.
my $BACKTRACE = dirname (dirname (dirname (__FILE__))) . '/utils/backtrace';
my $KERNEL = 'kernel.o';

# check_panic (%SPEC) checks the output of the current test and passes
# or fails it.  SPEC holds:
#   before => [LINE...]   what the test prints after `begin', in order
#   message => REGEX      the panic message
#   function => NAME      the function the panic names (optional)
#   source => TEXT        text on the source line it names (optional)
#   stack => [NAME...]    functions the call stack must show, innermost
#                         first
#   fault => {vector => '0x0e', name => TEXT, cr2 => HEX, error => HEX}
#                         a register dump is expected (optional)
sub check_panic {
  my (%spec) = @_;
  my @output = read_text_file ("$test.output");
  my ($name) = $test =~ m%([^/]+)$%;

  fail ("no output") if !@output;
  my $boots = grep (/Pintos booting/, @output);
  fail ("the kernel booted $boots times") if $boots != 1;
  fail ("the kernel never finished booting")
    if !grep (/^Boot complete\./, @output);
  fail ("the run timed out") if grep (/^TIMEOUT after/, @output);
  fail ("the test reported a failure instead of panicking:\n"
        . join ('', grep (/FAIL/, map ("$_\n", @output))))
    if grep (/FAIL/, @output);

  check_test_lines ($name, $spec{before}, @output);
  my $at = check_panic_line (\%spec, @output);
  my @stack = call_stack ($output[$at + 1]);
  check_fault ($spec{fault}, \@stack, @output[0 .. $at - 1])
    if $spec{fault};
  check_stack ($spec{stack}, @stack);

  fail ("the kernel did not power off after the panic")
    if !grep (/^Powering off/, @output[$at .. $#output]);
  pass ();
}

# Returns the address of SYMBOL in the kernel, as a number.
sub symbol_address {
  my ($symbol) = @_;
  open (my $nm, '-|', 'nm', $KERNEL) or fail ("running nm: $!");
  while (<$nm>) {
    return hex ($1) if /^([0-9a-f]+) [Tt] \Q$symbol\E$/;
  }
  fail ("no symbol $symbol in $KERNEL");
}

# Fails unless the lines of OUTPUT from test NAME are its `begin' line
# followed by the lines in BEFORE.
sub check_test_lines {
  my ($name, $before, @output) = @_;
  my @expected = ("($name) begin", @$before);
  my @actual = grep (/^\(\Q$name\E\) /, @output);

  fail ("the test printed:\n" . join ('', map ("  $_\n", @actual))
        . "but was expected to print, then panic:\n"
        . join ('', map ("  $_\n", @expected)))
    if join ("\n", @actual) ne join ("\n", @expected);
}

# Checks the one panic line in OUTPUT against SPEC and returns its
# index in OUTPUT.
sub check_panic_line {
  my ($spec, @output) = @_;
  my @at = grep ($output[$_] =~ /PANIC/, 0 .. $#output);

  fail ("no kernel panic") if !@at;
  fail ("the panic was reported more than once, or panicked again:\n"
        . join ('', map ("$output[$_]\n", @at)))
    if @at > 1;
  my $line = $output[$at[0]];
  my ($file, $line_no, $function, $message)
    = $line =~ /^Kernel PANIC at (\S+):(\d+) in (\w+)\(\): (.*)$/
    or fail ("malformed panic line: $line");

  fail ("panic message `$message' does not match $spec->{message}")
    if $message !~ $spec->{message};
  fail ("the panic names function $function, expected $spec->{function}")
    if defined $spec->{function} && $function ne $spec->{function};
  my $source = source_line ($file, $line_no);
  fail ("the panic names $file:$line_no, which holds `$source', "
        . "not `$spec->{source}'")
    if defined $spec->{source} && index ($source, $spec->{source}) < 0;
  return $at[0];
}

# Returns line LINE_NO of FILE, failing if there is no such line.
sub source_line {
  my ($file, $line_no) = @_;
  open (my $fh, '<', $file) or fail ("the panic names $file: $!");
  my @lines = <$fh>;
  fail ("the panic names line $line_no of $file, which has "
        . scalar (@lines) . " lines")
    if $line_no < 1 || $line_no > @lines;
  chomp (my $source = $lines[$line_no - 1]);
  return $source;
}

# Returns the addresses on the "Call stack:" line LINE.
sub call_stack {
  my ($line) = @_;
  fail ("no \"Call stack:\" line right after the panic")
    if !defined $line || $line !~ /^Call stack:((?: 0x[0-9a-f]+)+)\s*$/;
  my @stack = split (' ', $1);
  fail ("a call stack of one frame: $line") if @stack < 2;
  return @stack;
}

# Fails unless the `backtrace' tool translates the addresses in STACK
# into lines that name each function of EXPECTED, in order.
sub check_stack {
  my ($expected, @stack) = @_;
  open (my $bt, '-|', $BACKTRACE, $KERNEL, @stack)
    or fail ("running $BACKTRACE: $!");
  my @lines = <$bt>;
  close ($bt);
  fail ("$BACKTRACE $KERNEL @stack failed with status $?") if $?;

  my $from = 0;
  my $previous = 'the innermost frame';
  foreach my $function (@$expected) {
    my ($found) = grep ($lines[$_] =~ /\b\Q$function\E\b/, $from .. $#lines);
    fail ("the call stack lacks $function after $previous; "
          . "$BACKTRACE says:\n" . join ('', @lines)
          . "(A return address points just past its call, which may be "
          . "the first byte\nof the next function when the callee never "
          . "returns, so a return address\nmust be looked up less one.)")
      if !defined $found;
    $from = $found + 1;
    $previous = $function;
  }
}

# Checks the register dump in OUTPUT (the lines before the panic)
# against FAULT, and that the faulting eip is in STACK.
sub check_fault {
  my ($fault, $stack, @output) = @_;
  my ($at) = grep ($output[$_] =~ /^Interrupt 0x/, 0 .. $#output);
  fail ("no register dump (\"Interrupt 0x...\") before the panic")
    if !defined $at;
  my $dump = join ("\n", @output[$at .. $#output]);

  my ($vector, $vector_name, $eip)
    = $output[$at] =~ /^Interrupt (0x[0-9a-f]+) \((.*)\) at eip=(0x[0-9a-f]+)$/
    or fail ("malformed line: $output[$at]");
  fail ("interrupt $vector ($vector_name), expected $fault->{vector} "
        . "($fault->{name})")
    if $vector ne $fault->{vector} || $vector_name ne $fault->{name};

  my %reg;
  $reg{$1} = hex ($2) while $dump =~ /\b([a-z0-9]+)=([0-9a-f]+)\b/g;
  foreach my $r (qw(cr2 error eax ebx ecx edx esi edi esp ebp cs ds es ss)) {
    fail ("register $r missing from the dump:\n$dump") if !exists $reg{$r};
  }
  fail (sprintf ("cr2=%08x, expected the fault address %08x",
                 $reg{cr2}, $fault->{cr2}))
    if $reg{cr2} != $fault->{cr2};
  fail (sprintf ("error=%08x, expected %08x", $reg{error}, $fault->{error}))
    if $reg{error} != $fault->{error};
  fail (sprintf ("cs=%04x: the fault should be in kernel mode", $reg{cs}))
    if ($reg{cs} & 3) != 0;
  fail (sprintf ("esp=%08x is not on the kernel stack page of ebp=%08x",
                 $reg{esp}, $reg{ebp}))
    if $reg{esp} > $reg{ebp} || ($reg{esp} >> 12) != ($reg{ebp} >> 12);
  fail (sprintf ("ss=%04x, but a kernel-mode fault has ss=ds=%04x",
                 $reg{ss}, $reg{ds}))
    if $reg{ss} != $reg{ds};
  fail ("the faulting eip $eip is not in the call stack @$stack")
    if !grep (hex ($_) == hex ($eip), @$stack);
}

1;
