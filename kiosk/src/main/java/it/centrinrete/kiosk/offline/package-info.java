/**
 * What keeps the kiosk useful without its server: answers from the last knowledge-base snapshot, bookings kept in a
 * durable outbox and sent when the server is back, and the last list of activities.
 */
package it.centrinrete.kiosk.offline;
