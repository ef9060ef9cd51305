# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(name-length) begin
(name-length) create "abcdefghijklmn" (14 characters)
(name-length) open "abcdefghijklmn"
(name-length) close "abcdefghijklmn"
(name-length) create "abcdefghijklmn" again fails
(name-length) create "abcdefghijklmno" (15 characters) fails
(name-length) open "abcdefghijklmno" fails
(name-length) remove "abcdefghijklmno" fails
(name-length) create "" fails
(name-length) open "" fails
(name-length) remove "abcdefghijklmn"
(name-length) open "abcdefghijklmn" after removal fails
(name-length) end
EOF
pass;
