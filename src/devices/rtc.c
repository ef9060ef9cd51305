/* Reading the date and time from the CMOS real-time clock.

   The RTC keeps seconds, minutes, hours, day, month and two-digit year
   in CMOS registers, usually in BCD, and updates them once a second.
   A read that overlaps an update can see a mix of old and new values,
   so rtc_get_time() waits for the update-in-progress flag to clear and
   reads until two passes agree.

   Locking: a CMOS access is an index write followed by a data read, so
   each one runs with interrupts off. */

#include "devices/rtc.h"
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "threads/interrupt.h"
#include "threads/io.h"

/* CMOS index and data ports.  Bit 7 of the index disables NMI; we
   leave it clear. */
#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71

/* Clock registers. */
#define RTC_SEC 0x00
#define RTC_MIN 0x02
#define RTC_HOUR 0x04
#define RTC_MDAY 0x07
#define RTC_MON 0x08
#define RTC_YEAR 0x09
#define RTC_STATUS_A 0x0a
#define RTC_STATUS_B 0x0b

#define STATUS_A_UIP 0x80       /* Update in progress. */
#define STATUS_B_24H 0x02       /* Hours run 0-23 rather than 1-12. */
#define STATUS_B_BINARY 0x04    /* Values are binary rather than BCD. */
#define HOUR_PM 0x80            /* PM flag in 12-hour mode. */

/* A snapshot of the clock registers. */
struct rtc_fields
  {
    uint8_t sec, min, hour, mday, mon, year;
  };

/* Returns CMOS register REG. */
static uint8_t
cmos_read (uint8_t reg)
{
  enum intr_level old_level = intr_disable ();
  uint8_t value;

  outb (CMOS_INDEX, reg);
  value = inb (CMOS_DATA);
  intr_set_level (old_level);
  return value;
}

/* Waits for any update to finish, then reads the clock into *F. */
static void
read_fields (struct rtc_fields *f)
{
  while (cmos_read (RTC_STATUS_A) & STATUS_A_UIP)
    continue;
  f->sec = cmos_read (RTC_SEC);
  f->min = cmos_read (RTC_MIN);
  f->hour = cmos_read (RTC_HOUR);
  f->mday = cmos_read (RTC_MDAY);
  f->mon = cmos_read (RTC_MON);
  f->year = cmos_read (RTC_YEAR);
}

/* Returns the binary value of BCD byte X. */
static uint8_t
bcd_to_bin (uint8_t x)
{
  return (x >> 4) * 10 + (x & 0x0f);
}

/* Returns true if YEAR (e.g. 2024) is a leap year. */
static bool
is_leap (unsigned year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Returns the number of days from 1970-01-01 to the given date, where
   MON is 1-12 and MDAY 1-31. */
static unsigned long
days_since_epoch (unsigned year, unsigned mon, unsigned mday)
{
  static const unsigned short days_before_month[12] =
    { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  unsigned long days = 0;
  unsigned y;

  for (y = 1970; y < year; y++)
    days += is_leap (y) ? 366 : 365;
  if (mon >= 1 && mon <= 12)
    days += days_before_month[mon - 1];
  if (mon > 2 && is_leap (year))
    days++;
  return days + mday - 1;
}

/* Returns the current time as seconds since the Unix epoch
   (1970-01-01 00:00:00), taking the RTC to run in UTC.  Two-digit
   years 70-99 are read as 19xx and 00-69 as 20xx. */
time_t
rtc_get_time (void)
{
  struct rtc_fields now, again;
  uint8_t status_b = cmos_read (RTC_STATUS_B);
  bool pm;
  unsigned year;

  read_fields (&now);
  for (;;)
    {
      read_fields (&again);
      if (memcmp (&now, &again, sizeof now) == 0)
        break;
      now = again;
    }

  pm = (now.hour & HOUR_PM) != 0;
  now.hour &= ~HOUR_PM;
  if (!(status_b & STATUS_B_BINARY))
    {
      now.sec = bcd_to_bin (now.sec);
      now.min = bcd_to_bin (now.min);
      now.hour = bcd_to_bin (now.hour);
      now.mday = bcd_to_bin (now.mday);
      now.mon = bcd_to_bin (now.mon);
      now.year = bcd_to_bin (now.year);
    }
  if (!(status_b & STATUS_B_24H))
    now.hour = now.hour % 12 + (pm ? 12 : 0);

  year = now.year < 70 ? 2000 + now.year : 1900 + now.year;
  return ((days_since_epoch (year, now.mon, now.mday) * 24 + now.hour) * 60
          + now.min) * 60 + now.sec;
}
