/* Three pages of `hlt' in the code segment, never executed; see
   unused-code.h.  A page-aligned page lies wholly inside any three
   consecutive pages' worth of bytes, wherever they start. */

	.text
	.globl unused_code
unused_code:
	.fill 3 * 4096, 1, 0xf4
