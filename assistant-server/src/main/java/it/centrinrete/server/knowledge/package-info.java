/** The knowledge base as the server holds it: content imported into the database, indexed on disk, searchable. */
package it.centrinrete.server.knowledge;
