# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-string) begin
(lib-string) memcpy, memmove and memset at every alignment and length
(lib-string) memcmp compares unsigned bytes, memchr stays within bounds
(lib-string) strcmp, strchr, strrchr, strstr, strspn, strcspn, strpbrk
(lib-string) strtok_r
(lib-string) strlen, strnlen, strlcpy and strlcat, with truncation
(lib-string) end
EOF
pass;
