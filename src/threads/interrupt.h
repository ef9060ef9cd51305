#ifndef THREADS_INTERRUPT_H
#define THREADS_INTERRUPT_H

/* Interrupts: the interrupt descriptor table, the two 8259A PICs, and
   the dispatch of every interrupt and exception to a registered C
   handler. */

#include <stdbool.h>
#include <stdint.h>

/* Whether maskable interrupts are on. */
enum intr_level
  {
    INTR_OFF,             /* Interrupts disabled. */
    INTR_ON               /* Interrupts enabled. */
  };

enum intr_level intr_get_level (void);
enum intr_level intr_set_level (enum intr_level);
enum intr_level intr_enable (void);
enum intr_level intr_disable (void);

/* The processor state saved by intr-stubs.S on entry to an interrupt,
   lowest address first.  A handler may change it; intr_exit restores
   it, so this is also how a new user process starts. */
struct intr_frame
  {
    /* Pushed by `pushal' in intr_entry. */
    uint32_t edi;               /* Saved EDI. */
    uint32_t esi;               /* Saved ESI. */
    uint32_t ebp;               /* Saved EBP. */
    uint32_t esp_dummy;         /* Not used (pushal's copy of ESP). */
    uint32_t ebx;               /* Saved EBX. */
    uint32_t edx;               /* Saved EDX. */
    uint32_t ecx;               /* Saved ECX. */
    uint32_t eax;               /* Saved EAX. */

    /* Pushed by intr_entry. */
    uint16_t gs, :16;           /* Saved GS segment register. */
    uint16_t fs, :16;           /* Saved FS segment register. */
    uint16_t es, :16;           /* Saved ES segment register. */
    uint16_t ds, :16;           /* Saved DS segment register. */

    /* Pushed by the vector's stub in intr-stubs.S. */
    uint32_t vec_no;            /* Interrupt vector number. */
    void *frame_pointer;        /* Interrupted EBP, for backtraces. */

    /* Pushed by the CPU for some exceptions, by the stub for the rest. */
    uint32_t error_code;        /* CPU error code, or 0. */

    /* Pushed by the CPU. */
    void (*eip) (void);         /* Next instruction to execute. */
    uint16_t cs, :16;           /* Code segment of EIP. */
    uint32_t eflags;            /* Saved EFLAGS. */
    void *esp;                  /* Interrupted stack pointer. */
    uint16_t ss, :16;           /* Stack segment of ESP. */
  };

typedef void intr_handler_func (struct intr_frame *);

void intr_init (void);
void intr_register_ext (uint8_t vec, intr_handler_func *, const char *name);
void intr_register_int (uint8_t vec, int dpl, enum intr_level,
                        intr_handler_func *, const char *name);
bool intr_context (void);
void intr_yield_on_return (void);

void intr_dump_frame (const struct intr_frame *);
const char *intr_name (uint8_t vec);

#endif /* threads/interrupt.h */
