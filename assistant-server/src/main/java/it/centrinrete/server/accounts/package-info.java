/**
 * Operator, tutor and admin accounts: bcrypt-hashed passwords, console sessions in an HttpOnly SameSite cookie with
 * a CSRF token, throttled logins, and the role each endpoint needs.
 */
package it.centrinrete.server.accounts;
