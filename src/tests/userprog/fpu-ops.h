#ifndef TESTS_USERPROG_FPU_OPS_H
#define TESTS_USERPROG_FPU_OPS_H

/* Floating-point work for the fpu-* and exc-* tests, written in
   assembly because test programs are compiled without floating point
   (-msoft-float), like the kernel.  Each routine reports through msg()
   and fail() (tests/lib.h). */

void fpu_check_reset_state (void);
void fpu_compute_exactly (void);
void fpu_make_dirty (void);
void fpu_run_series (int k);
void fpu_x87_divide_by_zero (void);
void fpu_sse_divide_by_zero (void);

#endif /* tests/userprog/fpu-ops.h */
