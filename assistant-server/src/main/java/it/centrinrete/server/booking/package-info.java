/**
 * Bookings at the centres: the value types a booking is made of — its code, the holder and the holder's phone —
 * each validated when it is made, so that the rest of the server only ever sees well-formed ones.
 */
package it.centrinrete.server.booking;
