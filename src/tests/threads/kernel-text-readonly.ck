# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::threads::panic;
# Error code 3: a write (bit 1) to a present page (bit 0), in kernel mode.
check_panic (
  before => ['(kernel-text-readonly) writing to the first byte of '
             . 'thread_create'],
  message => qr/Page-Fault/,
  fault => {vector => '0x0e', name => '#PF Page-Fault Exception',
            cr2 => symbol_address ('thread_create'), error => 3},
  stack => [qw(debug_panic kernel_text_write test_kernel_text_readonly
               run_test)]);
