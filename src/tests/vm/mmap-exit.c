/* A process that exits with a dirty mapping has it written back: the
   child fills a mapped file and exits without munmap or close, and the
   parent then finds the child's pattern in the file. */

#include "tests/lib.h"
#include "tests/main.h"
#include "tests/vm/mapping.h"
#include "tests/vm/pattern.h"

#define FILE_WORDS (3 * PAGE_WORDS)

static uint32_t words[FILE_WORDS];

void
test_main (void)
{
  int fd = make_file ("exit.dat", words, sizeof words);
  int status = wait (exec ("child-mm-exit exit.dat"));

  CHECK (status == 0, "a child maps \"exit.dat\", fills it and exits");
  CHECK (read (fd, words, sizeof words) == sizeof words,
         "read \"exit.dat\"");
  pattern_check (words, 0, FILE_WORDS, 81, "file after the child's exit");
  msg ("it holds what the child stored");
  close (fd);
}
