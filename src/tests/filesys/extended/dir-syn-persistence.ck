# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Each child I leaves its files cI-N for even N, each holding its own
# name, and a directory dI; one of them made race/won.
my %shared = ('race' => {'won' => ['won']});
foreach my $child (0 .. 3) {
  $shared{"c$child-$_"} = ["c$child-$_"] foreach grep ($_ % 2 == 0, 0 .. 19);
  $shared{"d$child"} = {};
}
check_archive ({'shared' => \%shared,
                'child-dir-syn' => 'tests/filesys/extended/child-dir-syn'});
pass;
