/**
 * Help calls: a kiosk asks for a person (its help button, "Chiama un operatore", or the person asking aloud); the
 * call is stored, pushed live to the consoles of its centre, and acknowledged by an operator.
 */
package it.centrinrete.server.helpcalls;
