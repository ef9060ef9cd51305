# -*- perl -*-
use strict;
use warnings;
use tests::tests;

# The children end in either order; each prints only its exit line.
my $before = <<'EOF';
(fork-basic) begin
(fork-basic) fork two children; each writes its copies of two words
EOF
my $after = <<'EOF';
(fork-basic) wait for the second child: 82
(fork-basic) wait for the first child: 81
(fork-basic) the parent still has its own values
(fork-basic) end
fork-basic: exit(0)
EOF
check_expected ([map ($before . $_ . $after,
                      "fork-basic: exit(81)\nfork-basic: exit(82)\n",
                      "fork-basic: exit(82)\nfork-basic: exit(81)\n")]);
pass;
