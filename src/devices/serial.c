/* Driver for the 16550A UART on COM1, at 115,200 bps, 8 data bits,
   no parity, 1 stop bit.

   Output runs in one of two modes.  Early in boot, before the interrupt
   system exists, each byte is written by polling: wait until the
   transmitter is free, then write the byte.  Once serial_init_queue()
   has run, output goes into `txq' and the transmit interrupt drains it,
   so a thread writing a lot does not spin on a slow line.  Even then,
   a caller with interrupts off (including interrupt handlers and a
   kernel panic) cannot rely on the interrupt, so it first pushes out
   whatever is queued and then polls its own byte; output order is
   preserved either way.

   Input is always interrupt driven: received bytes go to input_putc().
   While the input buffer is full the receive interrupt is turned off,
   leaving further bytes in the UART; serial_notify() turns it back on
   once a reader has made room.

   Locking: `mode', `txq' and the UART registers are touched only with
   interrupts off. */

#include "devices/serial.h"
#include <debug.h>
#include "devices/input.h"
#include "devices/intq.h"
#include "threads/interrupt.h"
#include "threads/io.h"

/* I/O base of COM1. */
#define COM1 0x3f8

/* Registers with DLAB clear in the line control register. */
#define REG_RBR (COM1 + 0)      /* Receive buffer (read). */
#define REG_THR (COM1 + 0)      /* Transmit holding (write). */
#define REG_IER (COM1 + 1)      /* Interrupt enable. */

/* Registers with DLAB set. */
#define REG_DLL (COM1 + 0)      /* Baud divisor, low byte. */
#define REG_DLM (COM1 + 1)      /* Baud divisor, high byte. */

/* Registers independent of DLAB. */
#define REG_IIR (COM1 + 2)      /* Interrupt identification (read). */
#define REG_FCR (COM1 + 2)      /* FIFO control (write). */
#define REG_LCR (COM1 + 3)      /* Line control. */
#define REG_MCR (COM1 + 4)      /* Modem control. */
#define REG_LSR (COM1 + 5)      /* Line status. */

/* Interrupt enable bits. */
#define IER_RECV 0x01           /* A received byte is waiting. */
#define IER_XMIT 0x02           /* The transmitter can take a byte. */

/* Line control bits. */
#define LCR_8N1 0x03            /* 8 data bits, no parity, 1 stop bit. */
#define LCR_DLAB 0x80           /* Expose the baud divisor registers. */

/* Modem control bits. */
#define MCR_OUT2 0x08           /* Routes the UART's interrupt to the PIC. */

/* Line status bits. */
#define LSR_DR 0x01             /* Data ready: a received byte waits. */
#define LSR_THRE 0x20           /* Transmit holding register empty. */
#define LSR_TEMT 0x40           /* Transmitter idle: the last byte is out. */

/* The UART's clock divided by 16 gives the highest rate: 115,200 bps. */
#define UART_BASE_BPS 115200
/* We run at the top rate.  Emulators that model line speed (bochs does)
   would otherwise make a thread that prints a few lines fill the
   transmit queue and block, letting lower-priority threads run: output
   would then change scheduling, which tests of scheduling order notice. */
#define SERIAL_BPS 115200

/* Interrupt vector of IRQ4. */
#define SERIAL_VEC 0x24

/* How output is written. */
static enum { UNINIT, POLL, QUEUE } mode;

/* Bytes waiting for the transmitter, in QUEUE mode. */
static struct intq txq;

static intr_handler_func serial_interrupt;

/* Programs the UART for SERIAL_BPS, 8N1, no FIFOs and no interrupts,
   and enters POLL mode.  Interrupts must be off. */
static void
init_poll (void)
{
  uint16_t divisor = UART_BASE_BPS / SERIAL_BPS;

  ASSERT (mode == UNINIT);
  outb (REG_IER, 0);
  outb (REG_FCR, 0);
  outb (REG_LCR, LCR_8N1 | LCR_DLAB);
  outb (REG_DLL, divisor & 0xff);
  outb (REG_DLM, divisor >> 8);
  outb (REG_LCR, LCR_8N1);
  outb (REG_MCR, MCR_OUT2);
  mode = POLL;
}

/* Enables exactly the interrupts there is work for: transmit while
   bytes are queued, receive while the input buffer has room.
   Interrupts must be off. */
static void
write_ier (void)
{
  uint8_t ier = 0;

  ASSERT (intr_get_level () == INTR_OFF);
  if (!intq_empty (&txq))
    ier |= IER_XMIT;
  if (!input_full ())
    ier |= IER_RECV;
  outb (REG_IER, ier);
}

/* Waits until the transmitter is free, then hands it BYTE.  Interrupts
   must be off, so that nothing else writes the UART in between. */
static void
putc_poll (uint8_t byte)
{
  ASSERT (intr_get_level () == INTR_OFF);
  while ((inb (REG_LSR) & LSR_THRE) == 0)
    continue;
  outb (REG_THR, byte);
}

/* Writes out whatever is in the transmit queue, oldest first, by
   polling.  Interrupts must be off. */
static void
drain_by_polling (void)
{
  while (mode == QUEUE && !intq_empty (&txq))
    putc_poll (intq_getc (&txq));
}

/* Switches output from polling to the interrupt-driven queue and starts
   receiving input.  Call once, after the interrupt system is set up. */
void
serial_init_queue (void)
{
  enum intr_level old_level;

  old_level = intr_disable ();
  if (mode == UNINIT)
    init_poll ();
  ASSERT (mode == POLL);

  intq_init (&txq);
  intr_register_ext (SERIAL_VEC, serial_interrupt, "serial");
  mode = QUEUE;
  write_ier ();
  intr_set_level (old_level);
}

/* Sends BYTE out the serial port.  Callable at any time: before the
   port is set up (it then sets itself up), with interrupts off, and
   from interrupt handlers. */
void
serial_putc (uint8_t byte)
{
  enum intr_level old_level = intr_disable ();

  if (mode == UNINIT)
    init_poll ();

  if (mode == QUEUE && old_level == INTR_ON)
    {
      /* Sleeps while the queue is full, which is why interrupts had to
         be on when we were called. */
      intq_putc (&txq, byte);
      write_ier ();
    }
  else
    {
      drain_by_polling ();
      putc_poll (byte);
    }

  intr_set_level (old_level);
}

/* Writes out every queued byte now, by polling, and waits until the
   UART has put the last bit on the line.  Used before the machine
   powers off or reboots, which would otherwise cut off the end of the
   output (an emulated UART, like a real one, takes time to send). */
void
serial_flush (void)
{
  enum intr_level old_level = intr_disable ();
  drain_by_polling ();
  if (mode != UNINIT)
    while ((inb (REG_LSR) & LSR_TEMT) == 0)
      continue;
  intr_set_level (old_level);
}

/* Tells the driver that the input buffer may have room again, so that
   it can resume taking received bytes.  Interrupts must be off. */
void
serial_notify (void)
{
  ASSERT (intr_get_level () == INTR_OFF);
  if (mode == QUEUE)
    write_ier ();
}

/* IRQ4: moves received bytes into the input buffer while it has room,
   moves queued bytes to the transmitter while it is free, and then
   re-arms only the interrupts still needed. */
static void
serial_interrupt (struct intr_frame *frame UNUSED)
{
  /* Reading IIR acknowledges a pending transmit-empty interrupt. */
  inb (REG_IIR);

  while (!input_full () && (inb (REG_LSR) & LSR_DR) != 0)
    input_putc (inb (REG_RBR));

  while (!intq_empty (&txq) && (inb (REG_LSR) & LSR_THRE) != 0)
    outb (REG_THR, intq_getc (&txq));

  write_ier ();
}
