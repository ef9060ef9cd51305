# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Directories "0" to "2" nested three deep, and in each of the deepest
# a file "f" holding that directory's path.
sub tree {
  my ($path, $level) = @_;
  return {'f' => [$path]} if $level == 3;
  return {map (($_ => tree ("$path/$_", $level + 1)), 0 .. 2)};
}
check_archive (tree ('', 0));
pass;
