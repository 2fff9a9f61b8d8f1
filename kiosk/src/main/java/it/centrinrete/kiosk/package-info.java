/** The kiosk: the JavaFX touchscreen app older people use at their centre. */
package it.centrinrete.kiosk;
