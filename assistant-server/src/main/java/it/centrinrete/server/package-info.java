/** The assistant server's composition root: configuration, wiring and start-up. */
package it.centrinrete.server;
