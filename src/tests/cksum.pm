# tests/cksum.pm -- the POSIX `cksum' checksum, as tests/cksum.c computes
# it inside Pintos: a CRC with polynomial 0x04c11db7 over the data and
# then its length (least significant byte first, no trailing zeros),
# complemented.
#
#   cksum (DATA)        checksum of a byte string
#   cksum_file (FILE)   checksum of a file's contents

package tests::cksum;

use strict;
use warnings;
use Exporter 'import';

our @EXPORT = qw(cksum cksum_file);

# CRC of each byte value, most significant bit first.
my @TABLE = map {
  my $crc = $_ << 24;
  $crc = $crc & 0x80000000 ? (($crc << 1) ^ 0x04c11db7) & 0xffffffff
                           : ($crc << 1) & 0xffffffff
    for 1 .. 8;
  $crc;
} 0 .. 255;

sub cksum {
  my ($data) = @_;
  my $crc = 0;
  my $add = sub {
    $crc = (($crc << 8) & 0xffffffff) ^ $TABLE[(($crc >> 24) ^ $_[0]) & 255];
  };
  $add->($_) foreach unpack ('C*', $data);
  for (my $n = length $data; $n > 0; $n >>= 8) {
    $add->($n & 255);
  }
  return ~$crc & 0xffffffff;
}

sub cksum_file {
  my ($file) = @_;
  open (my $fh, '<:raw', $file) or die "$file: open: $!\n";
  local $/;
  my $data = <$fh>;
  return cksum (defined $data ? $data : '');
}

1;
