/* Removing a file that two descriptors have open takes away only its
   name: both descriptors keep the old contents, the name can no
   longer be opened or removed, and the name can be reused at once for
   a different, empty file. */

#include <random.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/main.h"

#define OLD_SIZE 1500           /* Size of the removed file. */
#define NEW_SIZE 300            /* Size of its successor. */

static char old_data[OLD_SIZE];
static char zeros[NEW_SIZE];

void
test_main (void)
{
  const char *file_name = "victim";
  int writer, reader;

  CHECK (create (file_name, OLD_SIZE), "create \"%s\"", file_name);
  CHECK ((writer = open (file_name)) > 1, "open \"%s\" once", file_name);
  CHECK ((reader = open (file_name)) > 1, "open \"%s\" twice", file_name);
  random_bytes (old_data, sizeof old_data);
  CHECK (write (writer, old_data, OLD_SIZE) == OLD_SIZE,
         "write \"%s\"", file_name);

  CHECK (remove (file_name), "remove \"%s\"", file_name);
  CHECK (open (file_name) == -1, "open \"%s\" by name fails", file_name);
  CHECK (!remove (file_name), "remove \"%s\" again fails", file_name);

  CHECK (create (file_name, NEW_SIZE), "create a new \"%s\"", file_name);
  check_file (file_name, zeros, NEW_SIZE);

  msg ("check the removed file through the other descriptor");
  check_file_handle (reader, file_name, old_data, OLD_SIZE);
  msg ("close both descriptors");
  close (writer);
  close (reader);
  CHECK (remove (file_name), "remove the new \"%s\"", file_name);
}
