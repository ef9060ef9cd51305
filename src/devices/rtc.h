#ifndef DEVICES_RTC_H
#define DEVICES_RTC_H

/* The battery-backed real-time clock in the PC's CMOS chip. */

typedef unsigned long time_t;

time_t rtc_get_time (void);

#endif /* devices/rtc.h */
