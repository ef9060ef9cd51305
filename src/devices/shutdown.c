/* Powering off and rebooting.

   At power-off the kernel prints its statistics, in the order the
   test tools expect, then asks the machine to turn itself off.  There
   is no single way to do that on the emulators we run under, so it
   tries each in turn; whichever the machine understands ends it, and
   the others are harmless writes to unused ports:

     - ACPI: write SLP_EN (sleep type 0, which both emulators treat
       as soft-off) to the PM1a control register, at 0x604 on qemu's
       PIIX4 and 0xb004 on bochs'.
     - Old bochs: the string "Shutdown" written to port 0x8900.
     - qemu's isa-debug-exit device, which the `pintos' tool places at
       port 0x501; any write makes qemu exit.

   If all of them fail the CPU halts with interrupts off.

   Rebooting asks the PCI host bridge's reset control register for a
   full reset first: bochs's BIOS cannot restart after the CPU-only
   reset that the keyboard controller gives.  The keyboard controller's
   reset line comes next, and failing both a triple fault.

   Locking: `how' is set once from the command line during boot; the
   rest runs at the very end, with interrupts off. */

#include "devices/shutdown.h"
#include <console.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/kbd.h"
#include "devices/serial.h"
#include "devices/timer.h"
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/thread.h"
#ifdef FILESYS
#include "devices/block.h"
#include "filesys/cache.h"
#endif
#ifdef USERPROG
#include "userprog/exception.h"
#endif
#ifdef VM
#include "vm/vm.h"
#endif

/* Reset paths: the PCI reset control register and its bits, then the
   keyboard controller's status and command port and its bits. */
#define RESET_CONTROL 0xcf9          /* PCI reset control register. */
#define RESET_CONTROL_SYSTEM 0x02   /* Full system reset, not just CPU. */
#define RESET_CONTROL_GO 0x04       /* Starts the reset. */
#define KBC_CMD 0x64
#define KBC_STATUS_INPUT_FULL 0x02  /* Last byte not yet taken. */
#define KBC_CMD_PULSE_RESET 0xfe    /* Pulse the CPU reset line. */

/* Power-off ports and values; see the top of this file. */
#define QEMU_ACPI_PM1A_CNT 0x604
#define BOCHS_ACPI_PM1A_CNT 0xb004
#define ACPI_SLP_EN 0x2000
#define OLD_BOCHS_SHUTDOWN_PORT 0x8900
#define QEMU_DEBUG_EXIT_PORT 0x501

/* What shutdown() does. */
static enum shutdown_type how = SHUTDOWN_NONE;

static void print_stats (void);
static void halt_forever (void) NO_RETURN;

/* Powers off or reboots as configured by shutdown_configure(), or
   returns if neither was asked for. */
void
shutdown (void)
{
  switch (how)
    {
    case SHUTDOWN_POWER_OFF:
      shutdown_power_off ();

    case SHUTDOWN_REBOOT:
      shutdown_reboot ();

    case SHUTDOWN_NONE:
      break;
    }
}

/* Sets what a later shutdown() does to TYPE. */
void
shutdown_configure (enum shutdown_type type)
{
  how = type;
}

/* Resets the machine. */
void
shutdown_reboot (void)
{
  struct
    {
      uint16_t limit;
      uint32_t base;
    }
  __attribute__ ((packed)) empty_idt = { 0, 0 };
  int attempt;

  printf ("Rebooting...\n");
  serial_flush ();
  intr_disable ();

  outb (RESET_CONTROL, RESET_CONTROL_SYSTEM);
  outb (RESET_CONTROL, RESET_CONTROL_SYSTEM | RESET_CONTROL_GO);

  /* Ask the keyboard controller to pulse the reset line, a few times
     in case it is slow to take the command. */
  for (attempt = 0; attempt < 10; attempt++)
    {
      int wait;

      for (wait = 0; wait < 0x10000; wait++)
        if ((inb (KBC_CMD) & KBC_STATUS_INPUT_FULL) == 0)
          break;
      outb (KBC_CMD, KBC_CMD_PULSE_RESET);
      timer_udelay (50);
    }

  /* Still running: with an empty IDT, any interrupt is a triple fault,
     which resets the CPU. */
  asm volatile ("lidt %0; int $3" : : "m" (empty_idt));
  halt_forever ();
}

/* Prints the run's statistics and turns the machine off. */
void
shutdown_power_off (void)
{
  const char *s;

  print_stats ();
  printf ("Powering off...\n");
  serial_flush ();

  intr_disable ();
  outw (QEMU_ACPI_PM1A_CNT, ACPI_SLP_EN);
  outw (BOCHS_ACPI_PM1A_CNT, ACPI_SLP_EN);
  for (s = "Shutdown"; *s != '\0'; s++)
    outb (OLD_BOCHS_SHUTDOWN_PORT, *s);
  outb (QEMU_DEBUG_EXIT_PORT, 0x31);

  halt_forever ();
}

/* The statistics printers, in the order of the lines they print.
   Test tools read these lines in exactly this order, so a new
   subsystem's line goes where CONTRACT.md puts it, not at the end. */
static void (*const stats_printers[]) (void) =
  {
    timer_print_stats,
    thread_print_stats,
#ifdef FILESYS
    block_print_stats,
#endif
    console_print_stats,
    kbd_print_stats,
#ifdef USERPROG
    exception_print_stats,
#endif
#ifdef VM
    vm_print_stats,
#endif
#ifdef FILESYS_EXTENDED
    cache_print_stats,
#endif
  };

/* Runs every printer in `stats_printers'. */
static void
print_stats (void)
{
  size_t i;

  for (i = 0; i < sizeof stats_printers / sizeof *stats_printers; i++)
    stats_printers[i] ();
}

/* Stops the CPU for good. */
static void
halt_forever (void)
{
  for (;;)
    asm volatile ("cli; hlt" : : : "memory");
}
