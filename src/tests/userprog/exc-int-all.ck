# -*- perl -*-
use strict;
use warnings;
use tests::tests;
# 255 children, each killed, then the parent's summary.
check_expected ([join ('', "(exc-int-all) begin\n",
                       ("exc-int-all: exit(-1)\n") x 255,
                       "(exc-int-all) 255 vectors killed the process\n",
                       "(exc-int-all) end\n",
                       "exc-int-all: exit(0)\n")]);
pass;
