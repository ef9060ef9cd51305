#ifndef TESTS_USERPROG_BOUNDARY_H
#define TESTS_USERPROG_BOUNDARY_H

/* Addresses at the edges of a test program's memory, for testing how
   system calls treat arguments that lie across them. */

void *boundary_area (void);
char *boundary_string (const char *);
void *unmapped_page (void);
char *string_into_unmapped (const char *);

#endif /* tests/userprog/boundary.h */
