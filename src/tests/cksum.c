/* The POSIX `cksum' checksum: a 32-bit CRC with generator polynomial
   0x04c11db7, fed most significant bit first with the data and then
   with the data's length (least significant byte first, as few bytes
   as the length needs), starting from 0 and complemented at the end. */

#include "tests/cksum.h"
#include <stdbool.h>
#include <stdint.h>

#define CRC_POLY 0x04c11db7

/* The CRC of each byte value, filled in on first use. */
static uint32_t crc_table[256];
static bool have_table;

static void
make_table (void)
{
  int byte, bit;

  for (byte = 0; byte < 256; byte++)
    {
      uint32_t crc = (uint32_t) byte << 24;

      for (bit = 0; bit < 8; bit++)
        crc = crc & 0x80000000 ? (crc << 1) ^ CRC_POLY : crc << 1;
      crc_table[byte] = crc;
    }
  have_table = true;
}

/* Returns CRC extended by BYTE. */
static uint32_t
crc_add (uint32_t crc, uint8_t byte)
{
  return (crc << 8) ^ crc_table[(crc >> 24) ^ byte];
}

/* Returns the checksum of the SIZE bytes at BUF. */
unsigned long
cksum (const void *buf_, size_t size)
{
  const uint8_t *buf = buf_;
  uint32_t crc = 0;
  size_t i;

  if (!have_table)
    make_table ();
  for (i = 0; i < size; i++)
    crc = crc_add (crc, buf[i]);
  for (; size > 0; size >>= 8)
    crc = crc_add (crc, size & 0xff);
  return ~crc;
}
