/** The database: connection pool, Flyway migrations shared by H2 and PostgreSQL, and one repository per aggregate. */
package it.centrinrete.server.persistence;
