/**
 * Usage in counts only: questions asked and answered per week, centre and kiosk, and bookings made per week and
 * centre. Never a question's text, never a person.
 */
package it.centrinrete.server.usage;
