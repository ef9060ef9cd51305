# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Every bad pointer kills its child (-1); the long paths only fail (0).
# The readdir cases need a root that holds something to read, which
# the test program itself is.
my @cases = qw(mkdir-null mkdir-kernel mkdir-unterminated
               chdir-null chdir-kernel chdir-unterminated
               readdir-null readdir-kernel);
my $expected = "(dir-bad-ptr) begin\n";
$expected .= "dir-bad-ptr: exit(-1)\n(dir-bad-ptr) $_: -1\n" foreach @cases;
$expected .= "dir-bad-ptr: exit(0)\n(dir-bad-ptr) $_: 0\n"
  foreach qw(mkdir-long chdir-long);
$expected .= "(dir-bad-ptr) end\ndir-bad-ptr: exit(0)\n";
check_expected (IGNORE_USER_FAULTS => 1, [$expected]);
pass;
