# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::threads::panic;
check_panic (
  before => ['(kernel-fault) reading kernel address 0xffff0000'],
  message => qr/Page-Fault/,
  fault => {vector => '0x0e', name => '#PF Page-Fault Exception',
            cr2 => 0xffff0000, error => 0},
  stack => [qw(debug_panic kernel_fault_read test_kernel_fault run_test)]);
