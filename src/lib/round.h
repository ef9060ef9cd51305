#ifndef __LIB_ROUND_H
#define __LIB_ROUND_H

/* Rounding of non-negative integers to multiples of a step.  Each
   argument may be evaluated more than once. */

/* X rounded up to the nearest multiple of STEP. */
#define ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP) * (STEP))

/* X rounded down to the nearest multiple of STEP. */
#define ROUND_DOWN(X, STEP) ((X) / (STEP) * (STEP))

/* X divided by STEP, rounding any fraction up.  This is the number
   of STEP-sized units needed to hold X. */
#define DIV_ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP))

#endif /* lib/round.h */
