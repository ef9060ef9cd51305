# Pintos.pm -- disk images, partition tables and ustar archives for the
# host-side tools (`pintos', `pintos-mkdisk').
#
# A Pintos disk is a raw image of 512-byte sectors.  Sector 0 is an MBR:
# the boot loader's code (or zeros on a disk that does not boot), the
# kernel command line that `pintos' stores for the kernel, a standard
# four-entry partition table and the 0x55 0xaa signature.  Each partition
# holds one role, told apart by its type byte:
#
#	kernel 0x20	file system 0x21	scratch 0x22	swap 0x23
#
# The kernel reads only the LBA start and size of each entry; the CHS
# fields are filled for a 16-head, 63-sector geometry so that ordinary
# tools (fdisk, sfdisk) show the table without complaint.  Partitions
# start on track boundaries, and every image is padded to a whole number
# of cylinders because bochs insists on an exact geometry.
#
# The scratch partition carries a ustar archive: `pintos -p' fills it
# before a run for the kernel's `extract', and reads back what the
# kernel's `append' left there after the run.

package Pintos;

use strict;
use warnings;
use Exporter 'import';
use Fcntl qw(O_RDONLY O_RDWR O_CREAT O_TRUNC SEEK_SET);

our @EXPORT = qw(
  SECTOR_SIZE HEADS SECTORS_PER_TRACK CYLINDER_SECTORS
  read_file write_file find_in_dirs mb_to_sectors round_up
  parse_mbr read_partitions write_cmdline
  kernel_partition write_disk read_sectors write_sectors pad_to_cylinders
  ustar_pack ustar_unpack
);

use constant {
  SECTOR_SIZE => 512,
  HEADS => 16,
  SECTORS_PER_TRACK => 63,
  CYLINDER_SECTORS => 16 * 63,
};

# Byte offsets inside the boot sector.
use constant {
  CMDLINE_OFS => 0x13a,		# NUL-terminated arguments, back to back
  CMDLINE_MAX => 128,		# ...at most this many bytes, NULs included
  ARGC_OFS => 0x1ba,		# 32-bit little-endian argument count
  PTABLE_OFS => 0x1be,		# four 16-byte partition entries
  SIGNATURE_OFS => 0x1fe,	# 0x55 0xaa
};

# The loader reads at most this much of the kernel partition.
use constant KERNEL_MAX => 512 * 1024;

my %ROLE_TYPE = (kernel => 0x20, filesys => 0x21, scratch => 0x22,
                  swap => 0x23);
my @ROLES = qw(kernel filesys scratch swap);

# Returns the role name for partition TYPE, or undef for a foreign type.
sub role_of_type {
  my ($type) = @_;
  my ($role) = grep ($ROLE_TYPE{$_} == $type, @ROLES);
  return $role;
}

sub round_up {
  my ($x, $step) = @_;
  return int (($x + $step - 1) / $step) * $step;
}

# Converts a size in megabytes (fractions allowed) to whole sectors.
sub mb_to_sectors {
  my ($mb) = @_;
  return int ($mb * 1024 * 1024 / SECTOR_SIZE + 0.5);
}

# Returns the whole contents of FILE; dies with a readable message.
sub read_file {
  my ($file) = @_;
  open (my $fh, '<:raw', $file) or die "$file: open: $!\n";
  local $/;
  my $data = <$fh>;
  close ($fh);
  return defined $data ? $data : '';
}

sub write_file {
  my ($file, $data) = @_;
  open (my $fh, '>:raw', $file) or die "$file: create: $!\n";
  print $fh $data or die "$file: write: $!\n";
  close ($fh) or die "$file: close: $!\n";
}

# Returns the first DIR/NAME that exists, or undef.
sub find_in_dirs {
  my ($name, @dirs) = @_;
  foreach my $dir (@dirs) {
    my $path = $dir eq '.' ? $name : "$dir/$name";
    return $path if -e $path;
  }
  return undef;
}

# Packs the CHS address of sector LBA into the 3-byte MBR form, or the
# conventional 1023/254/63 marker when LBA lies past what CHS can name.
sub chs_bytes {
  my ($lba) = @_;
  my $cyl = int ($lba / CYLINDER_SECTORS);
  my $head = int ($lba / SECTORS_PER_TRACK) % HEADS;
  my $sec = $lba % SECTORS_PER_TRACK + 1;
  return pack ('C3', 0xfe, 0xff, 0xff) if $cyl > 1023;
  return pack ('C3', $head, $sec | (($cyl >> 2) & 0xc0), $cyl & 0xff);
}

sub partition_entry {
  my ($part) = @_;
  my $last = $part->{start} + $part->{sectors} - 1;
  return pack ('C', $part->{bootable} ? 0x80 : 0)
    . chs_bytes ($part->{start})
    . pack ('C', $part->{type})
    . chs_bytes ($last)
    . pack ('V2', $part->{start}, $part->{sectors});
}

# Returns a 512-byte boot sector made of LOADER's code (undef for a disk
# that does not boot) and a partition table of PARTS.
sub build_mbr {
  my ($loader, @parts) = @_;
  die "at most 4 partitions fit in a partition table\n" if @parts > 4;
  my $mbr = defined $loader ? $loader : "\0" x SECTOR_SIZE;
  die "boot loader must be exactly 512 bytes, not " . length ($mbr) . "\n"
    if length ($mbr) != SECTOR_SIZE;
  my $table = join ('', map (partition_entry ($_), @parts));
  $table .= "\0" x (64 - length $table);
  substr ($mbr, PTABLE_OFS, 64) = $table;
  substr ($mbr, SIGNATURE_OFS, 2) = "\x55\xaa";
  return $mbr;
}

# Parses boot sector MBR.  Returns the list of used partition entries
# (hashes with type, bootable, start, sectors, role), or an empty list if
# the sector has no MBR signature.
sub parse_mbr {
  my ($mbr) = @_;
  return () if length ($mbr) < SECTOR_SIZE
    || substr ($mbr, SIGNATURE_OFS, 2) ne "\x55\xaa";
  my @parts;
  for my $i (0 .. 3) {
    my $entry = substr ($mbr, PTABLE_OFS + 16 * $i, 16);
    my ($status, $type) = unpack ('C x3 C', $entry);
    my ($start, $sectors) = unpack ('x8 V2', $entry);
    next if $type == 0 || $sectors == 0;
    push (@parts, {type => $type, bootable => $status == 0x80,
                   start => $start, sectors => $sectors,
                   role => role_of_type ($type)});
  }
  return @parts;
}

# Returns the partitions of disk image FILE (see parse_mbr).
sub read_partitions {
  my ($file) = @_;
  return parse_mbr (read_sectors ($file, 0, 1));
}

# Packs kernel arguments ARGS into the command-line area and argument
# count of a boot sector (as one string covering CMDLINE_OFS up to
# PTABLE_OFS).  Dies if they do not fit.
sub pack_cmdline {
  my (@args) = @_;
  my $text = join ('', map ("$_\0", @args));
  die "kernel command line is " . length ($text) . " bytes (NULs "
    . "included); the boot sector holds at most " . CMDLINE_MAX . "\n"
    if length ($text) > CMDLINE_MAX;
  return $text . "\0" x (CMDLINE_MAX - length $text) . pack ('V', scalar @args);
}

# Stores kernel arguments ARGS in the boot sector of disk image FILE.
sub write_cmdline {
  my ($file, @args) = @_;
  my $mbr = read_sectors ($file, 0, 1);
  die "$file: no boot sector signature\n"
    if substr ($mbr, SIGNATURE_OFS, 2) ne "\x55\xaa";
  substr ($mbr, CMDLINE_OFS, PTABLE_OFS - CMDLINE_OFS) = pack_cmdline (@args);
  write_sectors ($file, 0, $mbr);
}

# Reads COUNT sectors starting at sector START of image FILE.  Sectors
# past the end of the file read as zeros.
sub read_sectors {
  my ($file, $start, $count) = @_;
  sysopen (my $fh, $file, O_RDONLY) or die "$file: open: $!\n";
  sysseek ($fh, $start * SECTOR_SIZE, SEEK_SET) or die "$file: seek: $!\n";
  my $want = $count * SECTOR_SIZE;
  my $data = '';
  while (length ($data) < $want) {
    my $n = sysread ($fh, $data, $want - length ($data), length ($data));
    die "$file: read: $!\n" if !defined $n;
    last if $n == 0;
  }
  close ($fh);
  return $data . "\0" x ($want - length $data);
}

# Writes DATA into image FILE at sector START, which must exist already.
sub write_sectors {
  my ($file, $start, $data) = @_;
  sysopen (my $fh, $file, O_RDWR) or die "$file: open: $!\n";
  sysseek ($fh, $start * SECTOR_SIZE, SEEK_SET) or die "$file: seek: $!\n";
  my $done = 0;
  while ($done < length $data) {
    my $n = syswrite ($fh, $data, length ($data) - $done, $done);
    die "$file: write: $!\n" if !defined $n;
    $done += $n;
  }
  close ($fh) or die "$file: close: $!\n";
}

# Extends image FILE (sparsely) to a whole number of cylinders.  Returns
# its size in sectors.
sub pad_to_cylinders {
  my ($file) = @_;
  my $bytes = -s $file;
  die "$file: not found\n" if !defined $bytes;
  my $sectors = round_up (round_up ($bytes, SECTOR_SIZE) / SECTOR_SIZE,
                          CYLINDER_SECTORS);
  $sectors = CYLINDER_SECTORS if $sectors == 0;
  if ($sectors * SECTOR_SIZE != $bytes) {
    truncate ($file, $sectors * SECTOR_SIZE)
      or die "$file: extend to whole cylinders: $!\n";
  }
  return $sectors;
}

# Returns the kernel partition holding kernel image FILE, for
# write_disk.  Dies if the image is empty or too big for the loader.
sub kernel_partition {
  my ($file) = @_;
  my $kernel = read_file ($file);
  die "$file is empty\n" if $kernel eq '';
  die "$file is " . length ($kernel) . " bytes; the loader reads at most "
    . KERNEL_MAX . "\n" if length ($kernel) > KERNEL_MAX;
  return {role => 'kernel', data => $kernel,
          sectors => round_up (length $kernel, SECTOR_SIZE) / SECTOR_SIZE};
}

# Creates disk image FILE holding the partitions in PARTS, in order.
# Each element of PARTS is a hash with `role' and `sectors', and
# optionally `data' (bytes to place at the partition's start).  LOADER
# is as for build_mbr.  The partition holding the kernel is marked
# bootable.  Fills in `start' and `type' of each part and returns the
# image's size in sectors.
sub write_disk {
  my ($file, $loader, @parts) = @_;
  my $next = SECTORS_PER_TRACK;
  foreach my $part (@parts) {
    $part->{type} = $ROLE_TYPE{$part->{role}};
    $part->{bootable} = $part->{role} eq 'kernel';
    $part->{start} = $next;
    $next = round_up ($next + $part->{sectors}, SECTORS_PER_TRACK);
  }
  my $total = round_up ($next, CYLINDER_SECTORS);

  sysopen (my $fh, $file, O_RDWR | O_CREAT | O_TRUNC, 0666)
    or die "$file: create: $!\n";
  truncate ($fh, $total * SECTOR_SIZE) or die "$file: set size: $!\n";
  close ($fh);
  write_sectors ($file, 0, build_mbr ($loader, @parts));
  foreach my $part (grep (defined $_->{data}, @parts)) {
    die "$part->{role} data does not fit its partition\n"
      if length ($part->{data}) > $part->{sectors} * SECTOR_SIZE;
    write_sectors ($file, $part->{start}, $part->{data});
  }
  return $total;
}

# ustar archives.
#
# Header layout (offset, size): name 0/100, mode 100/8, uid 108/8,
# gid 116/8, size 124/12, mtime 136/12, chksum 148/8, typeflag 156/1,
# linkname 157/100, magic 257/6 "ustar\0", version 263/2 "00",
# uname 265/32, gname 297/32, devmajor 329/8, devminor 337/8,
# prefix 345/155.  Numbers are octal text.

sub ustar_header {
  my ($name, $type, $size) = @_;
  die "$name: name longer than 99 bytes cannot go in a ustar header\n"
    if length ($name) > 99;
  die "$name: empty name\n" if $name eq '';
  my $header = pack ('a100 a8 a8 a8 a12 a12 A8 a1 a100 a6 a2 a32 a32 a8 a8 a155 x12',
                     $name,
                     sprintf ('%07o', $type eq '5' ? 0755 : 0644),
                     sprintf ('%07o', 0), sprintf ('%07o', 0),
                     sprintf ('%011o', $size), sprintf ('%011o', 0),
                     '',		# checksum: blanks while summing
                     $type, '', "ustar", "00", 'root', 'root',
                     '', '', '');
  my $sum = unpack ('%32C*', $header);
  substr ($header, 148, 8) = sprintf ("%06o\0 ", $sum);
  return $header;
}

# Returns a ustar archive of FILES, a list of [NAME, DATA] pairs, ended
# by the two zero blocks that mark the end of an archive.
sub ustar_pack {
  my (@files) = @_;
  my $archive = '';
  foreach my $file (@files) {
    my ($name, $data) = @$file;
    $archive .= ustar_header ($name, '0', length $data);
    $archive .= $data . "\0" x (round_up (length $data, 512) - length $data);
  }
  return $archive . "\0" x 1024;
}

# Parses ustar archive ARCHIVE up to its first zero block (or its end).
# Returns a list of hashes with name, type ('0' file, '5' directory) and
# data.  Dies on a corrupt header.
sub ustar_unpack {
  my ($archive) = @_;
  my @entries;
  my $ofs = 0;
  while ($ofs + 512 <= length $archive) {
    my $header = substr ($archive, $ofs, 512);
    last if $header =~ /^\0*\z/;
    my ($name, $size, $sum, $type, $magic, $prefix)
      = unpack ('Z100 x24 A12 x12 A8 a1 x100 a6 x82 Z155', $header);
    die "bad ustar header at byte $ofs\n" if $magic !~ /^ustar/;
    my $blanked = $header;
    substr ($blanked, 148, 8) = ' ' x 8;
    die "ustar header at byte $ofs: checksum mismatch\n"
      if oct ($sum) != unpack ('%32C*', $blanked);
    $name = "$prefix/$name" if $prefix ne '';
    $size = oct ($size);
    $type = '0' if $type eq "\0";
    $ofs += 512;
    die "ustar entry $name runs past the end of the archive\n"
      if $ofs + $size > length $archive;
    push (@entries, {name => $name, type => $type,
                     data => substr ($archive, $ofs, $size)});
    $ofs += round_up ($size, 512);
  }
  return @entries;
}

1;
