# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Directories "0" in "1" in ... "29", each with a file "f" holding the
# directory's name.
my $vine = {};
foreach my $depth (reverse 0 .. 29) {
  $vine = {$depth => {%$vine, 'f' => [$depth]}};
}
check_archive ($vine);
pass;
