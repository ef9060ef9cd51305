# tests/vm/counters.pm -- the counters a run prints at power-off, for
# checks that judge what the kernel did, not just what the test said.
#
#   vm_counters (OUTPUT...)
#       the numbers of the "VM: ..." line (contract section 7) as a
#       hash reference with the keys of @VM_COUNTERS: page_faults,
#       evictions, swap_writes, swap_reads, file_reads, file_writes.
#       Fails the test if the line is missing or malformed.
#
#   sharing_counters (OUTPUT...)
#       the same for the "VM sharing: ..." line that follows it: keys
#       cow_faults, cow_copies, zero_page_maps, shared_text_frames.
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

our @EXPORT = qw(vm_counters sharing_counters disk_counters check_counter);

# The counters of each line, in the order it prints them, with the
# words that follow each number.
my @VM_COUNTERS = (
  [page_faults => 'page faults'],
  [evictions => 'evictions'],
  [swap_writes => 'swap writes'],
  [swap_reads => 'swap reads'],
  [file_reads => 'file reads'],
  [file_writes => 'file writes'],
);
my @SHARING_COUNTERS = (
  [cow_faults => 'cow faults'],
  [cow_copies => 'cow copies'],
  [zero_page_maps => 'zero-page maps'],
  [shared_text_frames => 'shared text frames'],
);

# A count as the kernel prints it, thousands separators allowed.
my $NUMBER = qr/(\d[\d,']*)/;

sub vm_counters {
  return counter_line ('VM', \@VM_COUNTERS, @_);
}

sub sharing_counters {
  return counter_line ('VM sharing', \@SHARING_COUNTERS, @_);
}

# Finds the one line of OUTPUT that is PREFIX, a colon, and the
# counters NAMES (as in @VM_COUNTERS) separated by commas, and returns
# its numbers as a hash reference by key.
sub counter_line {
  my ($prefix, $names, @output) = @_;
  my $pattern = join (', ', map ("$NUMBER \Q$_->[1]\E", @$names));
  my @lines = grep (/^\Q$prefix\E: /, @output);
  fail ("No \"$prefix: ...\" line of counters at power-off") if !@lines;
  fail ("More than one \"$prefix: ...\" line:\n"
        . join ('', map ("  $_\n", @lines)))
    if @lines > 1;
  my @numbers = $lines[0] =~ /^\Q$prefix\E: $pattern$/;
  fail ("Malformed counters line: $lines[0]") if !@numbers;
  my %counters;
  foreach my $i (0 .. $#$names) {
    ($counters{$names->[$i][0]} = $numbers[$i]) =~ s/[,']//g;
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
