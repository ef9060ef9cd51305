# -*- perl -*-
use strict;
use warnings;
use tests::tests;

# Either the kernel made the big child and killed it (its exit line),
# or it refused the fork (no line).
my $before = <<'EOF';
(fork-pressure) begin
(fork-pressure) fill 1536 kB
EOF
my $after = <<'EOF';
(fork-pressure) a child that rewrites it all is killed or never made
(fork-pressure) the parent's 1536 kB are intact
fork-pressure: exit(5)
(fork-pressure) a small child exits with 5
(fork-pressure) end
fork-pressure: exit(0)
EOF
check_expected (IGNORE_USER_FAULTS => 1, {
  killed => $before . "fork-pressure: exit(-1)\n" . $after,
  refused => $before . $after,
});
pass;
