# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# Zeros everywhere but the two writes, "mid" at 30001 and "end" at
# 76543.
check_archive ({'sparse' => ["\0" x 30001, 'mid', "\0" x (76543 - 30004),
                             'end']});
pass;
