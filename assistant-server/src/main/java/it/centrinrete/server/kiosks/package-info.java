/**
 * Kiosks as the console manages them (tokens, last seen, online, practice mode) and as a kiosk reads its own settings.
 */
package it.centrinrete.server.kiosks;
