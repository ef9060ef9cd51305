# -*- perl -*-
# The check of the args-* tests, which all run args.c with different
# command lines.
#
# check_args (ARGV...) passes a run only if args.c printed argc, each
# of ARGV (program name first) as argv[I], and a null argv[argc],
# between its begin and end lines, and then exited with status 0.
# args.c has test_name "args" whatever name it was started under.

package tests::userprog::args;

use strict;
use warnings;
use tests::tests;
use tests::lib;
use Exporter 'import';

our @EXPORT = qw(check_args);

sub check_args {
  my (@argv) = @_;
  my $argc = @argv;
  my @texts = ("argc = $argc",
               (map ("argv[$_] = '$argv[$_]'", 0 .. $#argv)),
               "argv[$argc] = null");
  check_expected ([join ("\n", msg_lines ('args', @texts),
                         "$argv[0]: exit(0)")]);
}

1;
