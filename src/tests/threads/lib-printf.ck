# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-printf) begin
(lib-printf) integer conversions and length modifiers
(lib-printf) flags, width, precision and *
(lib-printf) characters, strings, pointers and %
(lib-printf) snprintf truncates and returns the untruncated length
(lib-printf) printf returns the length of this line
(lib-printf) %n writes nothing and keeps later arguments in step
(lib-printf) end
EOF
pass;
