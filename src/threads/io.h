#ifndef THREADS_IO_H
#define THREADS_IO_H

/* x86 port I/O.  Each function is one `in' or `out' instruction (or a
   `rep ins'/`rep outs' for the string forms), so device drivers can talk
   to hardware without writing assembly. */

#include <stddef.h>
#include <stdint.h>

/* Reads and returns a byte from PORT. */
static inline uint8_t
inb (uint16_t port)
{
  uint8_t data;
  asm volatile ("inb %w1, %b0" : "=a" (data) : "Nd" (port));
  return data;
}

/* Reads CNT bytes from PORT into ADDR. */
static inline void
insb (uint16_t port, void *addr, size_t cnt)
{
  asm volatile ("rep insb" : "+D" (addr), "+c" (cnt) : "d" (port) : "memory");
}

/* Reads and returns 16 bits from PORT. */
static inline uint16_t
inw (uint16_t port)
{
  uint16_t data;
  asm volatile ("inw %w1, %w0" : "=a" (data) : "Nd" (port));
  return data;
}

/* Reads CNT 16-bit units from PORT into ADDR. */
static inline void
insw (uint16_t port, void *addr, size_t cnt)
{
  asm volatile ("rep insw" : "+D" (addr), "+c" (cnt) : "d" (port) : "memory");
}

/* Reads and returns 32 bits from PORT. */
static inline uint32_t
inl (uint16_t port)
{
  uint32_t data;
  asm volatile ("inl %w1, %0" : "=a" (data) : "Nd" (port));
  return data;
}

/* Reads CNT 32-bit units from PORT into ADDR. */
static inline void
insl (uint16_t port, void *addr, size_t cnt)
{
  asm volatile ("rep insl" : "+D" (addr), "+c" (cnt) : "d" (port) : "memory");
}

/* Writes byte DATA to PORT. */
static inline void
outb (uint16_t port, uint8_t data)
{
  asm volatile ("outb %b0, %w1" : : "a" (data), "Nd" (port));
}

/* Writes CNT bytes from ADDR to PORT. */
static inline void
outsb (uint16_t port, const void *addr, size_t cnt)
{
  asm volatile ("rep outsb" : "+S" (addr), "+c" (cnt) : "d" (port));
}

/* Writes the 16-bit DATA to PORT. */
static inline void
outw (uint16_t port, uint16_t data)
{
  asm volatile ("outw %w0, %w1" : : "a" (data), "Nd" (port));
}

/* Writes CNT 16-bit units from ADDR to PORT. */
static inline void
outsw (uint16_t port, const void *addr, size_t cnt)
{
  asm volatile ("rep outsw" : "+S" (addr), "+c" (cnt) : "d" (port));
}

/* Writes the 32-bit DATA to PORT. */
static inline void
outl (uint16_t port, uint32_t data)
{
  asm volatile ("outl %0, %w1" : : "a" (data), "Nd" (port));
}

/* Writes CNT 32-bit units from ADDR to PORT. */
static inline void
outsl (uint16_t port, const void *addr, size_t cnt)
{
  asm volatile ("rep outsl" : "+S" (addr), "+c" (cnt) : "d" (port));
}

#endif /* threads/io.h */
