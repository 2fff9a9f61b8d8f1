/**
 * When centres and services are open: weekly hours, dated exceptions and Italian public holidays, always
 * reckoned in Milan's local time (Europe/Rome) whatever zone the caller's clock is in, because that is the
 * time written on the centre's door.
 */
package it.centrinrete.kb.hours;
