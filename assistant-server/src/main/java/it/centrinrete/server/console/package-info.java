/** The operator and tutor console's pages, served by the assistant server at {@code /console} with strict security headers. */
package it.centrinrete.server.console;
