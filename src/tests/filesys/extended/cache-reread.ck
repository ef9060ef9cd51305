# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
# 3000 reads of a two-sector file.  Served from the cache, they add
# nothing to the disk's reads: what remains is booting, loading the
# program and the first pass, far below one read per pass.  The cache's
# own line must have counted the lookups as hits.
my @output = read_text_file ("$test.output");
check_expected ([<<'EOT']);
(cache-reread) begin
(cache-reread) open "small"
(cache-reread) read it 3000 times
(cache-reread) close "small"
(cache-reread) end
cache-reread: exit(0)
EOT
my $filesys = disk_counters (@output)->{filesys};
fail ("No read and write counts for the file system disk")
  if !defined $filesys;
check_counter ($filesys, 'reads', undef, 1500);
my ($hits) = map (/^Cache: (\d+) hits, \d+ misses, \d+ write-backs, \d+ read-aheads$/, @output);
fail ("No \"Cache: N hits, N misses, N write-backs, N read-aheads\" line")
  if !defined $hits;
fail ("The cache counted $hits hits, expected at least 3000") if $hits < 3000;
pass;
