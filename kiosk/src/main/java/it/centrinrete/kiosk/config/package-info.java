/** The kiosk's settings: where its server is, who it is, where it keeps its files, how it behaves at the screen. */
package it.centrinrete.kiosk.config;
