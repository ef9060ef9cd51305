# tests/lib.pm -- Perl counterparts of tests/lib.c's helpers, for checks
# that recompute what a test program did.
#
#   shuffle (DATA, CNT, SIZE)   DATA, CNT elements of SIZE bytes, in the
#                               order tests/lib.c's shuffle() leaves them
#                               with the same random stream (tests::random)
#   msg_lines (NAME, TEXT...)   the lines a program whose test_name is
#                               NAME prints with tests/main.c: "(NAME)
#                               begin", "(NAME) TEXT" for each TEXT, and
#                               "(NAME) end"
#   exec_children_msgs (CHILD_NAME, CNT)
#   wait_children_msgs (CNT)    the TEXTs of the messages that
#                               exec_children() and wait_children() print
#                               when all goes well, for msg_lines

package tests::lib;

use strict;
use warnings;
use Exporter 'import';
use tests::random;

our @EXPORT = qw(shuffle msg_lines exec_children_msgs wait_children_msgs);

sub shuffle {
  my ($data, $cnt, $size) = @_;
  die "shuffle: $cnt elements of $size bytes is not " . length ($data)
    . " bytes\n" if $cnt * $size != length $data;
  my @order = (0 .. $cnt - 1);
  for my $i (0 .. $cnt - 1) {
    my $j = $i + random_ulong () % ($cnt - $i);
    @order[$i, $j] = @order[$j, $i];
  }
  return join ('', map (substr ($data, $_ * $size, $size), @order));
}

sub msg_lines {
  my ($name, @texts) = @_;
  return map ("($name) $_", 'begin', @texts, 'end');
}

# Child N of CNT (from 1) runs "CHILD_NAME N-1" and exits with N-1.
sub exec_children_msgs {
  my ($child_name, $cnt) = @_;
  return map (sprintf ('exec child %d of %d: "%s %d"',
                       $_, $cnt, $child_name, $_ - 1), 1 .. $cnt);
}

sub wait_children_msgs {
  my ($cnt) = @_;
  return map (sprintf ('wait for child %d of %d returned %d (expected %d)',
                       $_, $cnt, $_ - 1, $_ - 1), 1 .. $cnt);
}

1;
