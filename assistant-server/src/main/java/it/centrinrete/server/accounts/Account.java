package it.centrinrete.server.accounts;

/**
 * A console account.
 *
 * @param centreId the centre an operator works for; null for admins and tutors
 */
public record Account(String username, Role role, String centreId) {
}
