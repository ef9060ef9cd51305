# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# The last round kept its first three entries: the file r2-1 and the
# directories r2-0 and r2-2 with their files "f", each holding the
# entry's name.
check_archive ({'churn' => {'r2-0' => {'f' => ['r2-0']},
                            'r2-1' => ['r2-1'],
                            'r2-2' => {'f' => ['r2-2']}}});
pass;
