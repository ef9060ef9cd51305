# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::vm::counters;
check_expected ([<<'EOF']);
(text-share) begin
(text-share) run 8 instances of child-share, each starting the next
(child-share) instance 1 read all 64 pages of its table
(child-share) instance 2 read all 64 pages of its table
(child-share) instance 3 read all 64 pages of its table
(child-share) instance 4 read all 64 pages of its table
(child-share) instance 5 read all 64 pages of its table
(child-share) instance 6 read all 64 pages of its table
(child-share) instance 7 read all 64 pages of its table
(child-share) instance 8 read all 64 pages of its table
child-share: exit(8)
child-share: exit(7)
child-share: exit(6)
child-share: exit(5)
child-share: exit(4)
child-share: exit(3)
child-share: exit(2)
child-share: exit(1)
(text-share) the first instance exits with 1
(text-share) end
text-share: exit(0)
EOF

# Instances 2 to 8 each map the 64 pages of the table (and their code)
# from frames that instance 1 filled.  Without sharing the table alone
# would be read 512 times from the file and need 512 frames, more than
# the machine has; shared, it is read about 64 times, and nothing is
# evicted.
my @output = read_text_file ("$test.output");
check_counter (sharing_counters (@output), 'shared_text_frames', 7 * 64);
my $vm = vm_counters (@output);
check_counter ($vm, 'file_reads', undef, 2 * 64);
check_counter ($vm, 'evictions', undef, 0);
pass;
