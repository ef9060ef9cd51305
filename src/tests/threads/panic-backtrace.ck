# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::threads::panic;
check_panic (
  before => ['(panic-backtrace) calling outer, middle, inner; inner panics'],
  message => qr/^deliberate panic at depth 3$/,
  function => 'panic_chain_inner',
  source => 'PANIC ("deliberate panic',
  stack => [qw(debug_panic panic_chain_inner panic_chain_middle
               panic_chain_outer test_panic_backtrace run_test)]);
