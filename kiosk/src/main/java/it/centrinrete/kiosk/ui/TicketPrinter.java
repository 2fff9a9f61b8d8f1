package it.centrinrete.kiosk.ui;

/** Prints a small paper ticket (the ESC/POS printer of the hardware module, or nothing on a PC). */
@FunctionalInterface
public interface TicketPrinter {
    TicketPrinter NONE = lines -> false;

    /** @return whether a ticket came out */
    boolean print(String lines);
}
