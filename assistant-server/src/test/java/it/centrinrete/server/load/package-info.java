/** The load benchmark: ask against health over real sockets, on the sample content or a 20,000-entry one. */
package it.centrinrete.server.load;
