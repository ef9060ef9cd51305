# tests/lib.pm -- Perl counterparts of tests/lib.c's helpers, for checks
# that recompute what a test program did.
#
#   shuffle (DATA, CNT, SIZE)   DATA, CNT elements of SIZE bytes, in the
#                               order tests/lib.c's shuffle() leaves them
#                               with the same random stream (tests::random)

package tests::lib;

use strict;
use warnings;
use Exporter 'import';
use tests::random;

our @EXPORT = qw(shuffle);

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

1;
