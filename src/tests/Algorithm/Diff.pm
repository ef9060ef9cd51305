# tests/Algorithm/Diff.pm -- differences between two sequences, for the
# failure reports of tests/tests.pm.
#
# Everything rests on a longest common subsequence (LCS) of the two
# sequences, found by the textbook dynamic program after trimming the
# common head and tail (test outputs usually differ in a few lines, so
# the table stays small).  The interface follows the well-known CPAN
# module of the same name, as far as the checks need it:
#
#   LCS (\@a, \@b)                 the common subsequence, as elements
#   LCS_pairs (\@a, \@b)           the same, as pairs of indexes [i, j]
#   traverse_sequences (\@a, \@b, {MATCH => f, DISCARD_A => f,
#                                  DISCARD_B => f})
#                                  calls f (i, j) for each step of an
#                                  edit from @a to @b
#   diff (\@a, \@b)                hunks of [sign, index, element]
#   sdiff (\@a, \@b)               steps [op, a-element, b-element] with
#                                  op 'u' same, '-' only in a, '+' only
#                                  in b, 'c' changed
#
# Elements are compared as strings.

package tests::Algorithm::Diff;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT_OK = qw(LCS LCS_pairs traverse_sequences diff sdiff);

# Returns the index pairs [i, j] of a longest common subsequence of
# A and B, in increasing order.
sub LCS_pairs {
  my ($a, $b) = @_;
  my ($lo, $a_hi, $b_hi) = (0, $#$a, $#$b);

  my @head;
  while ($lo <= $a_hi && $lo <= $b_hi && $a->[$lo] eq $b->[$lo]) {
    push (@head, [$lo, $lo]);
    $lo++;
  }
  my @tail;
  while ($a_hi >= $lo && $b_hi >= $lo && $a->[$a_hi] eq $b->[$b_hi]) {
    unshift (@tail, [$a_hi, $b_hi]);
    $a_hi--;
    $b_hi--;
  }

  # $len[$i][$j]: LCS length of a[i..a_hi] and b[j..b_hi].
  my @len;
  for (my $i = $a_hi + 1; $i >= $lo; $i--) {
    for (my $j = $b_hi + 1; $j >= $lo; $j--) {
      if ($i > $a_hi || $j > $b_hi) {
        $len[$i][$j] = 0;
      } elsif ($a->[$i] eq $b->[$j]) {
        $len[$i][$j] = $len[$i + 1][$j + 1] + 1;
      } else {
        my ($down, $right) = ($len[$i + 1][$j], $len[$i][$j + 1]);
        $len[$i][$j] = $down >= $right ? $down : $right;
      }
    }
  }

  my @middle;
  my ($i, $j) = ($lo, $lo);
  while ($i <= $a_hi && $j <= $b_hi) {
    if ($a->[$i] eq $b->[$j]) {
      push (@middle, [$i++, $j++]);
    } elsif ($len[$i + 1][$j] >= $len[$i][$j + 1]) {
      $i++;
    } else {
      $j++;
    }
  }
  return (@head, @middle, @tail);
}

# Returns the elements of a longest common subsequence of A and B.
sub LCS {
  my ($a, $b) = @_;
  return map ($a->[$_->[0]], LCS_pairs ($a, $b));
}

# Walks from A to B, calling CALLBACKS->{MATCH} (i, j) for elements
# kept, DISCARD_A (i, j) for elements of A dropped and DISCARD_B (i, j)
# for elements of B added.  Within a gap, A's discards come first.
sub traverse_sequences {
  my ($a, $b, $callbacks) = @_;
  my $nop = sub { };
  my $match = $callbacks->{MATCH} || $nop;
  my $discard_a = $callbacks->{DISCARD_A} || $nop;
  my $discard_b = $callbacks->{DISCARD_B} || $nop;

  my ($i, $j) = (0, 0);
  foreach my $pair (LCS_pairs ($a, $b), [scalar @$a, scalar @$b]) {
    my ($next_i, $next_j) = @$pair;
    $discard_a->($i++, $j) while $i < $next_i;
    $discard_b->($i, $j++) while $j < $next_j;
    last if $i > $#$a && $j > $#$b;
    $match->($i++, $j++);
  }
}

# Returns the differences between A and B as a list of hunks.  Each
# hunk is a list of [SIGN, INDEX, ELEMENT], with SIGN '-' for an element
# of A (at INDEX in A) to remove and '+' for an element of B (at INDEX
# in B) to add; unchanged elements separate hunks.
sub diff {
  my ($a, $b) = @_;
  my (@hunks, @hunk);
  traverse_sequences ($a, $b, {
    MATCH => sub { push (@hunks, [@hunk]) if @hunk; @hunk = () },
    DISCARD_A => sub { push (@hunk, ['-', $_[0], $a->[$_[0]]]) },
    DISCARD_B => sub { push (@hunk, ['+', $_[1], $b->[$_[1]]]) },
  });
  push (@hunks, [@hunk]) if @hunk;
  return @hunks;
}

# Returns the steps of an edit from A to B side by side: ['u', x, x] for
# an element in both, ['c', x, y] where x of A became y of B, ['-', x,
# ''] and ['+', '', y] for elements only in A or only in B.
sub sdiff {
  my ($a, $b) = @_;
  my (@steps, @gone, @added);
  my $flush = sub {
    while (@gone && @added) {
      push (@steps, ['c', shift @gone, shift @added]);
    }
    push (@steps, map (['-', $_, ''], @gone), map (['+', '', $_], @added));
    @gone = @added = ();
  };
  traverse_sequences ($a, $b, {
    MATCH => sub { $flush->(); push (@steps, ['u', $a->[$_[0]], $a->[$_[0]]]) },
    DISCARD_A => sub { push (@gone, $a->[$_[0]]) },
    DISCARD_B => sub { push (@added, $b->[$_[1]]) },
  });
  $flush->();
  return @steps;
}

1;
