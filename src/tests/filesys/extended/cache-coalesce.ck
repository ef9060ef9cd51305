# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
# 3000 writes to one sector.  With write-behind the sector stays dirty
# in the cache and goes to disk now and then, so the disk's writes
# stay far below one per write: booting, formatting and putting the
# program on the disk take about 500.
my @output = read_text_file ("$test.output");
check_expected ([<<'EOT']);
(cache-coalesce) begin
(cache-coalesce) create "one"
(cache-coalesce) open "one"
(cache-coalesce) write its first sector 3000 times
(cache-coalesce) close "one"
(cache-coalesce) open "one" for verification
(cache-coalesce) verified contents of "one"
(cache-coalesce) close "one"
(cache-coalesce) end
cache-coalesce: exit(0)
EOT
my $filesys = disk_counters (@output)->{filesys};
fail ("No read and write counts for the file system disk")
  if !defined $filesys;
check_counter ($filesys, 'writes', undef, 1500);
pass;
