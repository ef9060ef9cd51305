/* Passes one bad pointer to one system call; the kernel must kill the
   process with status -1.  The program's name says which call and
   which pointer, as CALL-KIND:

     CALL  exec, create, remove, open (a string argument),
           read, write (a buffer argument);
     KIND  null     the null pointer,
           unmap    an unmapped user address,
           kernel   a kernel address,
           cross    a string or buffer that starts in mapped memory
                    and runs into an unmapped page,
           top      (buffers only) a buffer that runs from the stack
                    past the top of user space. */

#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <syscall.h>
#include "tests/lib.h"
#include "tests/userprog/boundary.h"

/* Returns the bad string that KIND names. */
static const char *
bad_string (const char *kind)
{
  if (!strcmp (kind, "null"))
    return NULL;
  if (!strcmp (kind, "unmap"))
    return (const char *) 0x20101234;
  if (!strcmp (kind, "kernel"))
    return (const char *) 0xc0100000;
  if (!strcmp (kind, "cross"))
    return string_into_unmapped ("sample.txt");
  fail ("unknown kind of pointer \"%s\"", kind);
}

/* Returns the bad buffer of *SIZE bytes that KIND names. */
static void *
bad_buffer (const char *kind, unsigned *size)
{
  *size = 64;
  if (!strcmp (kind, "cross"))
    return (char *) unmapped_page () - 16;
  if (!strcmp (kind, "top"))
    return (char *) 0xc0000000 - 16;
  return (void *) bad_string (kind);
}

int
main (int argc UNUSED, char *argv[])
{
  char call[16];
  const char *kind;
  unsigned size;
  int fd;

  test_name = argv[0];
  strlcpy (call, argv[0], sizeof call);
  call[strcspn (call, "-")] = '\0';
  kind = argv[0] + strlen (call) + 1;

  msg ("begin");
  if (!strcmp (call, "exec"))
    exec (bad_string (kind));
  else if (!strcmp (call, "create"))
    create (bad_string (kind), 0);
  else if (!strcmp (call, "remove"))
    remove (bad_string (kind));
  else if (!strcmp (call, "open"))
    open (bad_string (kind));
  else if (!strcmp (call, "read"))
    {
      void *buffer = bad_buffer (kind, &size);
      CHECK ((fd = open ("sample.txt")) > 1, "open \"sample.txt\"");
      read (fd, buffer, size);
    }
  else if (!strcmp (call, "write"))
    {
      void *buffer = bad_buffer (kind, &size);
      write (STDOUT_FILENO, buffer, size);
    }
  else
    fail ("unknown call \"%s\"", call);
  fail ("%s returned", call);
}
