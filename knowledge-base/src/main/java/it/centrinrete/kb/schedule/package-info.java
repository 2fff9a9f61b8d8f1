/**
 * Recurring activities (gentle gym on Tuesdays and Thursdays at ten) and the dated, bookable sessions they
 * produce, each with a stable id that bookings can refer to.
 */
package it.centrinrete.kb.schedule;
