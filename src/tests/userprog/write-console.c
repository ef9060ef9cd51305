/* Writes 1000 bytes to the console in one call: they must come out
   whole and unbroken. */

#include <string.h>
#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

void
test_main (void)
{
  char text[1000];
  size_t i;

  for (i = 0; i < sizeof text; i++)
    text[i] = i % 100 == 99 ? '\n' : 'a' + i / 100;
  msg ("write returned %d", write (STDOUT_FILENO, text, sizeof text));
}
