# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(lib-hash) begin
(lib-hash) 5000 entries inserted, all found, iteration visits each once
(lib-hash) replace swaps entries, lookups of absent keys fail
(lib-hash) hash_apply reaches every entry
(lib-hash) deleted down to 10 entries
(lib-hash) clear and destroy pass every entry to the destructor
(lib-hash) a table with every entry in one bucket works
(lib-hash) hash_bytes, hash_string and hash_int agree
(lib-hash) no memory leaked
(lib-hash) end
EOF
pass;
