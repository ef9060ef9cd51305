/* read() into the code segment must kill the process.  The target is a
   page of code that has never been touched, so with lazy loading the
   kernel meets it first inside the system call and must still see
   that it is read-only. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/unused-code.h"

void
test_main (void)
{
  int fd;

  CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
  msg ("read into an untouched page of code");
  msg ("read returned %d: should have been killed",
       read (fd, (void *) unused_code_page (), 64));
}
