# -*- perl -*-
# oom-recurse under -ul=24: the kernel must report a user pool of
# exactly 24 pages, and the rounds must behave as without the limit.
use strict;
use warnings;
use tests::tests;
fail ("the user pool was not limited to 24 pages by -ul=24")
  if !grep (/^24 pages available in user pool\.$/,
            read_text_file ("$test.output"));
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(oom-recurse) begin
(oom-recurse) 5 rounds reached the same depth
(oom-recurse) end
EOF
pass;
