# tests/vm/process_death.pm -- the check of a test whose process must
# be killed by the kernel.
#
#   check_process_death (NAME)
#
# passes if the run went cleanly (tests::tests' common checks) and its
# core output starts with "(NAME) begin", ends with the kernel's
# "NAME: exit(-1)", and never reaches "(NAME) end"; otherwise fails.

package tests::vm::process_death;

use strict;
use warnings;
use Exporter 'import';
use tests::tests;

our @EXPORT = qw(check_process_death);

sub check_process_death {
  my ($name) = @_;
  my @output = read_text_file ("$test.output");
  common_checks ('run', @output);
  @output = fix_exit_codes (get_core_output ('run', @output));
  my ($exit_line) = fix_exit_codes ("$name: exit(-1)");

  fail ("First line of output is not \"($name) begin\".")
    if !@output || $output[0] ne "($name) begin";
  fail ("Output contains \"($name) end\": the process was not killed.")
    if grep ($_ eq "($name) end", @output);
  fail ("Output does not end with \"$exit_line\".")
    if $output[-1] ne $exit_line;
  pass;
}

1;
