#ifndef THREADS_INTERRUPT_H
#define THREADS_INTERRUPT_H

/* Interrupts: the interrupt descriptor table, the two 8259A PICs, and
   the dispatch of every interrupt and exception to a registered C
   handler. */

#include <stdbool.h>
#include <stdint.h>

/* EFLAGS.IF as the rest of the kernel sees it: whether the CPU takes
   maskable interrupts (IRQs) now, or holds them back.  Exceptions and
   the NMI arrive either way. */
enum intr_level
  {
    INTR_OFF,             /* Held back (`cli'). */
    INTR_ON               /* Taken as they come (`sti'). */
  };

/* The level now. */
enum intr_level intr_get_level (void);

/* Each of these returns the level it replaced, so that a critical
   section can end with intr_set_level (old) and restore what its
   caller had, whatever that was. */
enum intr_level intr_disable (void);
enum intr_level intr_enable (void);
enum intr_level intr_set_level (enum intr_level);

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

/* What a handler is given: the interrupted state, which it may read
   and, to change what resumes, write. */
typedef void intr_handler_func (struct intr_frame *);

/* Boot-time set-up of the IDT and the PICs; interrupts stay off. */
void intr_init (void);

/* Handler registration, once per vector, before the vector can fire.
   Internal vectors are the CPU exceptions and the software interrupts
   (`int N'); external ones are the sixteen IRQs from the PICs. */
void intr_register_int (uint8_t vec, int dpl, enum intr_level,
                        intr_handler_func *, const char *name);
void intr_register_ext (uint8_t vec, intr_handler_func *, const char *name);

/* Only meaningful inside a handler of an external interrupt. */
bool intr_context (void);
void intr_yield_on_return (void);

/* For messages and panics. */
const char *intr_name (uint8_t vec);
void intr_dump_frame (const struct intr_frame *);

#endif /* threads/interrupt.h */
