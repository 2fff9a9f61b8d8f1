/** Who may call the server: kiosks by bearer token (stored hashed, each bound to a centre). */
package it.centrinrete.server.security;
