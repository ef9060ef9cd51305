/* The VGA text console.

   In text mode the card shows an 80x25 array of cells at physical
   address 0xb8000; each cell is a character byte followed by an
   attribute byte (colours).  This file owns that array, the logical
   cursor position (`col', `row') and the blinking hardware cursor,
   which is kept at the logical position after every character.

   The screen scrolls up one line when output runs off the bottom.
   Control characters: \n starts a new line, \r returns to column 0,
   \b moves back one column, \t advances to the next multiple of 8 and
   \f clears the screen.

   Locking: everything here is touched only with interrupts off, so
   vga_putc() may be called from any context, including a panic. */

#include "devices/vga.h"
#include <round.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/io.h"
#include "threads/vaddr.h"

/* Screen geometry. */
#define COL_CNT 80
#define ROW_CNT 25

/* Attribute for everything we write: light grey on black. */
#define GRAY_ON_BLACK 0x07

/* CRT controller: an index port selects a register, the data port
   reads or writes it.  Registers 0x0e and 0x0f hold the high and low
   bytes of the cursor's cell number. */
#define CRTC_INDEX 0x3d4
#define CRTC_DATA 0x3d5
#define CRTC_CURSOR_HIGH 0x0e
#define CRTC_CURSOR_LOW 0x0f

/* One character cell. */
struct cell
  {
    uint8_t ch;                 /* Character code. */
    uint8_t attr;               /* Foreground and background colour. */
  };

/* The screen, mapped in kernel virtual memory; NULL until first use. */
static struct cell (*screen)[COL_CNT];

/* Logical cursor: where the next character goes. */
static size_t col, row;

static void init (void);
static void put_char (uint8_t);
static void new_line (void);
static void clear_row (size_t);
static void clear_screen (void);
static void move_cursor (void);
static uint16_t read_cursor (void);

/* Writes C to the console, interpreting the control characters listed
   at the top of this file.  Callable with interrupts on or off and from
   interrupt handlers. */
void
vga_putc (int c)
{
  enum intr_level old_level = intr_disable ();

  init ();
  switch (c)
    {
    case '\n':
      new_line ();
      break;

    case '\r':
      col = 0;
      break;

    case '\b':
      if (col > 0)
        col--;
      break;

    case '\t':
      col = ROUND_UP (col + 1, 8);
      if (col >= COL_CNT)
        new_line ();
      break;

    case '\f':
      clear_screen ();
      break;

    default:
      put_char (c);
      break;
    }
  move_cursor ();

  intr_set_level (old_level);
}

/* Maps the screen on first use and continues where the BIOS and the
   boot loader left the cursor, so their messages stay visible. */
static void
init (void)
{
  uint16_t cell;

  if (screen != NULL)
    return;
  screen = ptov (0xb8000);
  cell = read_cursor ();
  col = cell % COL_CNT;
  row = cell / COL_CNT;
  if (row >= ROW_CNT)
    {
      row = ROW_CNT - 1;
      col = 0;
    }
}

/* Stores printable character C at the cursor and advances it,
   wrapping to the next line at the right edge. */
static void
put_char (uint8_t c)
{
  screen[row][col].ch = c;
  screen[row][col].attr = GRAY_ON_BLACK;
  if (++col >= COL_CNT)
    new_line ();
}

/* Moves the cursor to the start of the next line, scrolling the screen
   up by one line if it is already on the last. */
static void
new_line (void)
{
  col = 0;
  if (row + 1 < ROW_CNT)
    {
      row++;
      return;
    }
  memmove (&screen[0], &screen[1], sizeof screen[0] * (ROW_CNT - 1));
  clear_row (ROW_CNT - 1);
}

/* Blanks row Y. */
static void
clear_row (size_t y)
{
  size_t x;

  for (x = 0; x < COL_CNT; x++)
    {
      screen[y][x].ch = ' ';
      screen[y][x].attr = GRAY_ON_BLACK;
    }
}

/* Blanks the whole screen and homes the cursor. */
static void
clear_screen (void)
{
  size_t y;

  for (y = 0; y < ROW_CNT; y++)
    clear_row (y);
  col = row = 0;
}

/* Puts the hardware cursor at the logical cursor position. */
static void
move_cursor (void)
{
  uint16_t cell = row * COL_CNT + col;

  outb (CRTC_INDEX, CRTC_CURSOR_HIGH);
  outb (CRTC_DATA, cell >> 8);
  outb (CRTC_INDEX, CRTC_CURSOR_LOW);
  outb (CRTC_DATA, cell & 0xff);
}

/* Returns the cell number where the hardware cursor is. */
static uint16_t
read_cursor (void)
{
  uint16_t cell;

  outb (CRTC_INDEX, CRTC_CURSOR_HIGH);
  cell = inb (CRTC_DATA) << 8;
  outb (CRTC_INDEX, CRTC_CURSOR_LOW);
  cell |= inb (CRTC_DATA);
  return cell;
}
