# tests/arc4.pm -- the RC4 stream cipher, so that checks can compute the
# same pseudo-random bytes as lib/random.c does inside Pintos.
#
#   my $rc4 = arc4_init (KEY);        KEY is a byte string
#   my $out = arc4_crypt ($rc4, DATA) DATA xor the next length(DATA)
#                                     bytes of the keystream
#
# The state is a hash holding the 256-byte permutation and the two
# stream indexes; each call continues where the last one stopped.

package tests::arc4;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT = qw(arc4_init arc4_crypt);

# Returns the state after RC4's key schedule for KEY.
sub arc4_init {
  my ($key) = @_;
  my @key = unpack ('C*', $key);
  die "arc4_init: empty key\n" if !@key;
  my @perm = (0 .. 255);
  my $j = 0;
  for my $i (0 .. 255) {
    $j = ($j + $perm[$i] + $key[$i % @key]) & 255;
    @perm[$i, $j] = @perm[$j, $i];
  }
  return {perm => \@perm, i => 0, j => 0};
}

# Returns DATA combined (xor) with the next bytes of the keystream of
# STATE, which advances.
sub arc4_crypt {
  my ($state, $data) = @_;
  my $perm = $state->{perm};
  my ($i, $j) = ($state->{i}, $state->{j});
  my @out;
  foreach my $byte (unpack ('C*', $data)) {
    $i = ($i + 1) & 255;
    $j = ($j + $perm->[$i]) & 255;
    @$perm[$i, $j] = @$perm[$j, $i];
    push (@out, $byte ^ $perm->[($perm->[$i] + $perm->[$j]) & 255]);
  }
  @$state{'i', 'j'} = ($i, $j);
  return pack ('C*', @out);
}

1;
