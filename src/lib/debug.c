/* Call-stack dumps, shared by the kernel and user programs.

   Everything here relies on the frame-pointer chain that
   -fno-omit-frame-pointer guarantees: each frame starts with the
   caller's saved %ebp, followed by the return address into the
   caller.  The chain ends where a thread or process entry point was
   started with %ebp = 0.  Because this runs while the system may be
   in a bad state (during a panic), the walk distrusts the chain and
   stops at anything implausible rather than faulting. */

#include <debug.h>
#include <stdint.h>
#include <stdio.h>

/* Lowest address a frame may live at; page 0 is never mapped. */
#define LOWEST_FRAME 0x1000

/* Prints the return addresses of the active call frames, innermost
   first, on one line that starts with "Call stack:". */
void
debug_backtrace (void)
{
  void **frame = __builtin_frame_address (0);

  printf ("Call stack:");
  while ((uintptr_t) frame >= LOWEST_FRAME && frame[1] != NULL)
    {
      void **caller_frame = frame[0];

      printf (" 0x%08x", (unsigned int) (uintptr_t) frame[1]);

      /* Stacks grow down, so each caller's frame lies above its
         callee's.  Anything else means the chain is corrupt (or
         ended with a null link), and following it could loop or
         fault. */
      if (caller_frame <= frame)
        break;
      frame = caller_frame;
    }
  printf ("\n");
}
