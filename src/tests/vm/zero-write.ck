# -*- perl -*-
use strict;
use warnings;
use File::Basename qw(dirname);
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(zero-write) begin
(zero-write) first pass: read a byte of each of 256 pages
(zero-write) write a byte of page 100
(zero-write) second pass: read a byte of each of 256 pages
(zero-write) end
zero-write: exit(0)
EOF

# The same program as zero-read, plus one write to a page that maps the
# zero page: that must cost one copy-on-write fault and one copy, no
# more and no fewer, than zero-read's run.  (Make.tests runs zero-read
# first.)
my @output = read_text_file ("$test.output");
my $sharing = sharing_counters (@output);
check_counter ($sharing, 'zero_page_maps', 256);
my $read_output = dirname ($test) . '/zero-read.output';
fail ("$read_output is missing: zero-read must run first")
  if !-e $read_output;
my $read_only = sharing_counters (read_text_file ($read_output));
foreach my $name ('cow_faults', 'cow_copies') {
  my $more = $sharing->{$name} - $read_only->{$name};
  (my $words = $name) =~ tr/_/ /;
  fail ("$sharing->{$name} $words, $more more than zero-read's "
        . "$read_only->{$name}: expected exactly 1 more")
    if $more != 1;
}
check_counter (vm_counters (@output), 'evictions', undef, 16);
pass;
