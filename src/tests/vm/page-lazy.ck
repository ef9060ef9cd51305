# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(page-lazy) begin
(page-lazy) one byte from the middle of 1 MB of data: 42
(page-lazy) end
page-lazy: exit(0)
EOF

# A handful of pages fault in: code, the touched data page, the stack.
# Loading all of the 1 MB array would take 256 page reads, and 2048
# sector reads from the file system disk on top of what extracting and
# opening the program costs (a few hundred).
my @output = read_text_file ("$test.output");
my $vm = vm_counters (@output);
check_counter ($vm, 'page_faults', 1, 32);
check_counter ($vm, 'file_reads', undef, 32);
my $filesys = disk_counters (@output)->{filesys};
fail ("No read count for the file system disk") if !defined $filesys;
fail ("$filesys->{reads} sectors read from the file system disk: "
      . "the executable was not loaded lazily")
  if $filesys->{reads} > 1024;
pass;
