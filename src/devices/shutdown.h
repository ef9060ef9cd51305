#ifndef DEVICES_SHUTDOWN_H
#define DEVICES_SHUTDOWN_H

/* Ending a run: powering the machine off or rebooting it. */

#include <debug.h>

/* What shutdown() does. */
enum shutdown_type
  {
    SHUTDOWN_NONE,              /* Nothing: return to the caller. */
    SHUTDOWN_POWER_OFF,         /* Power off (kernel option -q). */
    SHUTDOWN_REBOOT             /* Reboot (kernel option -r). */
  };

void shutdown (void);
void shutdown_configure (enum shutdown_type);
void shutdown_reboot (void) NO_RETURN;
void shutdown_power_off (void) NO_RETURN;

#endif /* devices/shutdown.h */
