# tests/vm/counters.pm -- the counters a run prints at power-off, for
# checks that judge what the kernel did, not just what the test said.
#
#   vm_counters (OUTPUT...)
#       the numbers of the "VM: ..." line (contract section 7) as a
#       hash reference with the keys of @VM_COUNTERS: page_faults,
#       evictions, swap_writes, swap_reads, file_reads, file_writes.
#       Fails the test if the line is missing or malformed.
#
#   disk_counters (OUTPUT...)
#       the per-disk lines "hda2 (filesys): R reads, W writes" as a
#       hash reference from the role (filesys, swap, scratch, ...) to
#       {reads => R, writes => W}.
#
#   check_counter (COUNTERS, NAME, MIN, MAX)
#       fails unless COUNTERS->{NAME} is between MIN and MAX (either
#       may be undef: no bound), saying which bound it broke.

package tests::vm::counters;

use strict;
use warnings;
use Exporter 'import';
use tests::tests;

our @EXPORT = qw(vm_counters disk_counters check_counter);

# The counters of the VM line, in the order it prints them, with the
# words that follow each number.
my @VM_COUNTERS = (
  [page_faults => 'page faults'],
  [evictions => 'evictions'],
  [swap_writes => 'swap writes'],
  [swap_reads => 'swap reads'],
  [file_reads => 'file reads'],
  [file_writes => 'file writes'],
);

# A count as the kernel prints it, thousands separators allowed.
my $NUMBER = qr/(\d[\d,']*)/;

sub vm_counters {
  my (@output) = @_;
  my $pattern = join (', ', map ("$NUMBER $_->[1]", @VM_COUNTERS));
  my @lines = grep (/^VM: /, @output);
  fail ("No \"VM: ...\" line of counters at power-off") if !@lines;
  fail ("More than one \"VM: ...\" line:\n" . join ('', map ("  $_\n", @lines)))
    if @lines > 1;
  my @numbers = $lines[0] =~ /^VM: $pattern$/;
  fail ("Malformed counters line: $lines[0]") if !@numbers;
  my %counters;
  foreach my $i (0 .. $#VM_COUNTERS) {
    ($counters{$VM_COUNTERS[$i][0]} = $numbers[$i]) =~ s/[,']//g;
  }
  return \%counters;
}

sub disk_counters {
  my (@output) = @_;
  my %disks;
  foreach (@output) {
    next if !/^hd[a-d]\d* \((\w+)\): $NUMBER reads, $NUMBER writes$/;
    my ($role, $reads, $writes) = ($1, $2, $3);
    s/[,']//g foreach $reads, $writes;
    $disks{$role} = {reads => $reads, writes => $writes};
  }
  return \%disks;
}

sub check_counter {
  my ($counters, $name, $min, $max) = @_;
  my $value = $counters->{$name};
  fail ("No counter named $name") if !defined $value;
  (my $words = $name) =~ tr/_/ /;
  fail ("$value $words, expected at least $min")
    if defined $min && $value < $min;
  fail ("$value $words, expected at most $max")
    if defined $max && $value > $max;
}

1;
