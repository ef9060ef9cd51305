/* Mappings belong to one process: a child started with exec() does not
   see its parent's mapping (touching that address kills it), and the
   parent's mapping is unharmed by the child's death. */

#include <string.h>
#include "tests/lib.h"
#include "tests/main.h"
#include "tests/userprog/sample.inc"
#include "tests/vm/mapping.h"

void
test_main (void)
{
  int fd, status;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  map_or_fail (fd, MAP_ADDR, "sample.txt");
  status = wait (exec ("child-inherit"));
  CHECK (status == -1, "a child that reads the same address is killed");
  CHECK (!memcmp (MAP_ADDR, sample, sizeof sample - 1),
         "the parent's mapping still holds the file's bytes");
}
