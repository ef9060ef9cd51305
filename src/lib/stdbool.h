#ifndef __LIB_STDBOOL_H
#define __LIB_STDBOOL_H

/* C99 boolean type.  The compiler provides _Bool itself. */

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif /* lib/stdbool.h */
