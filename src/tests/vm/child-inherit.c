/* Child of mmap-inherit: reads the address where its parent has a
   mapping.  Mappings are not inherited, so this must kill it. */

#include "tests/lib.h"
#include "tests/vm/mapping.h"

const char *test_name = "child-inherit";

int
main (void)
{
  msg ("read the parent's mapping address");
  msg ("read '%c': should have been killed", *(volatile char *) MAP_ADDR);
  return 0;
}
