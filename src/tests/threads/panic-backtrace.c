/* A deliberate kernel panic, to check what a panic reports.

   The test calls a chain of three functions, the last of which
   panics.  The check then expects the "Kernel PANIC at" line to name
   this file, the PANIC's line and the innermost function, and the
   "Call stack:" addresses, fed to the `backtrace' tool, to name the
   chain from the inside out.  None of the chain may be inlined or
   turned into a jump, or it would vanish from the stack: hence
   NO_INLINE, and work left to do after each call. */

#include <debug.h>
#include "tests/threads/tests.h"

static int panic_chain_outer (int depth) NO_INLINE;
static int panic_chain_middle (int depth) NO_INLINE;
static int panic_chain_inner (int depth) NO_INLINE;

void
test_panic_backtrace (void)
{
  msg ("calling outer, middle, inner; inner panics");
  if (panic_chain_outer (1) != 0)
    fail ("the panic returned");
}

static int
panic_chain_outer (int depth)
{
  return panic_chain_middle (depth + 1) + 1;
}

static int
panic_chain_middle (int depth)
{
  return panic_chain_inner (depth + 1) + 1;
}

static int
panic_chain_inner (int depth)
{
  PANIC ("deliberate panic at depth %d", depth);
}
