/** The operator and tutor API under {@code /api/v1/admin}: login, and what operators read and do. */
package it.centrinrete.server.admin;
