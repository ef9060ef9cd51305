# tests/random.pm -- the pseudo-random byte stream of lib/random.c, for
# checks of tests that fill files with random_bytes().
#
# lib/random.c is RC4 keyed with the four bytes of the seed, least
# significant first, and seeds itself with 0 on first use; so is this.

package tests::random;

use strict;
use warnings;
use Exporter 'import';
use tests::arc4;

our @EXPORT = qw(random_init random_bytes random_ulong);

my $state;

# Restarts the stream for SEED (default 0).
sub random_init {
  my ($seed) = @_;
  $seed = 0 if !defined $seed;
  $state = arc4_init (pack ('V', $seed));
}

# Returns the next COUNT bytes of the stream.
sub random_bytes {
  my ($count) = @_;
  random_init () if !defined $state;
  return arc4_crypt ($state, "\0" x $count);
}

# Returns the next unsigned 32-bit number of the stream, as the kernel's
# random_ulong() makes it from four bytes in memory order.
sub random_ulong {
  return unpack ('V', random_bytes (4));
}

1;
