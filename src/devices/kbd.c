/* Driver for the PS/2 keyboard.

   The keyboard controller raises IRQ1 for every scancode byte; this
   driver reads it from port 0x60 and translates scancode set 1 (the
   set the controller presents by default) into characters, which go
   to the console input buffer (devices/input.c).

   In set 1 a key sends its "make" code when pressed and the same code
   with bit 7 set ("break") when released.  Some keys are preceded by
   an 0xe0 prefix byte, which arrives in an interrupt of its own.  The
   driver keeps the state of the modifier keys (shift, ctrl, caps
   lock) between interrupts.  Keys that have no character (function
   keys, arrows, ...) are ignored.

   Locking: all state is used only by the interrupt handler, with
   interrupts off, and by kbd_print_stats(), which disables them. */

#include "devices/kbd.h"
#include <debug.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "devices/input.h"
#include "threads/interrupt.h"
#include "threads/io.h"

/* Keyboard controller data port. */
#define KBD_DATA 0x60

/* Vector of IRQ1. */
#define KBD_VEC 0x21

/* Scancode bytes with a special meaning. */
#define SC_EXTENDED 0xe0        /* Prefix for the extended keys. */
#define SC_BREAK 0x80           /* Set in the code of a released key. */
#define SC_CTRL 0x1d
#define SC_LSHIFT 0x2a
#define SC_RSHIFT 0x36
#define SC_CAPS_LOCK 0x3a

/* The characters of each make code: [0] without shift, [1] with it.
   Both zero means the key produces no character.  Enter yields a
   carriage return, as a terminal on the serial line sends. */
static const char keymap[][2] =
  {
    [0x01] = "\x1b\x1b",
    [0x02] = "1!", "2@", "3#", "4$", "5%", "6^", "7&", "8*", "9(", "0)",
             "-_", "=+", "\b\b", "\t\t",
    [0x10] = "qQ", "wW", "eE", "rR", "tT", "yY", "uU", "iI", "oO", "pP",
             "[{", "]}", "\r\r",
    [0x1e] = "aA", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL", ";:",
             "'\"", "`~",
    [0x2b] = "\\|", "zZ", "xX", "cC", "vV", "bB", "nN", "mM", ",<", ".>",
             "/?",
    [0x37] = "**",
    [0x39] = "  ",
    [0x53] = "\x7f\x7f",
  };

/* Modifier state. */
static bool left_shift, right_shift;
static bool ctrl;
static bool caps_lock;

/* True if the previous byte was SC_EXTENDED. */
static bool extended;

/* Characters delivered to the input buffer. */
static int64_t key_cnt;

static intr_handler_func kbd_interrupt;

/* Registers the keyboard interrupt handler.  Call once during boot. */
void
kbd_init (void)
{
  intr_register_ext (KBD_VEC, kbd_interrupt, "8042 Keyboard");
}

/* Prints the number of characters typed, in the line format tools
   expect at shutdown. */
void
kbd_print_stats (void)
{
  enum intr_level old_level = intr_disable ();
  int64_t cnt = key_cnt;
  intr_set_level (old_level);

  printf ("Keyboard: %lld keys pressed\n", cnt);
}

/* Returns true if C is an ASCII letter. */
static bool
is_letter (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* If CODE is a modifier key, records it as RELEASED or pressed and
   returns true; otherwise returns false.  WAS_EXTENDED says whether
   CODE followed an 0xe0 prefix: right ctrl arrives that way, while
   prefixed shift codes are "fake shifts" that the keyboard wraps
   around some keys, and are swallowed without effect. */
static bool
track_modifier (uint8_t code, bool released, bool was_extended)
{
  switch (code)
    {
    case SC_LSHIFT:
      if (!was_extended)
        left_shift = !released;
      return true;
    case SC_RSHIFT:
      if (!was_extended)
        right_shift = !released;
      return true;
    case SC_CTRL:
      ctrl = !released;
      return true;
    case SC_CAPS_LOCK:
      if (!released)
        caps_lock = !caps_lock;
      return true;
    default:
      return false;
    }
}

/* Returns the character that make code CODE stands for under the
   current modifiers, or 0 if it stands for none. */
static char
translate (uint8_t code)
{
  bool shift = left_shift || right_shift;
  char c;

  if (code >= sizeof keymap / sizeof *keymap)
    return 0;
  c = keymap[code][0];
  if (c == 0)
    return 0;

  /* Caps lock inverts shift, but only for letters. */
  if (is_letter (c) && caps_lock)
    shift = !shift;
  if (shift)
    c = keymap[code][1];

  /* Ctrl turns a letter (or one of @ [ \ ] ^ _) into a control code. */
  if (ctrl)
    {
      if (is_letter (c) || (c >= '@' && c <= '_'))
        c &= 0x1f;
      else
        c = 0;
    }
  return c;
}

/* IRQ1: reads one scancode byte and acts on it. */
static void
kbd_interrupt (struct intr_frame *frame UNUSED)
{
  uint8_t byte = inb (KBD_DATA);
  bool released = (byte & SC_BREAK) != 0;
  uint8_t code = byte & ~SC_BREAK;
  bool was_extended = extended;
  char c;

  extended = byte == SC_EXTENDED;
  if (extended)
    return;
  if (track_modifier (code, released, was_extended) || released)
    return;

  /* Of the extended keys only keypad Enter and '/' have characters. */
  if (was_extended && code != 0x1c && code != 0x35)
    return;

  c = translate (code);
  if (c != 0)
    {
      key_cnt++;
      input_putc (c);
    }
}
