package it.centrinrete.server.admin;

import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.http.ApiException;
import java.util.Locale;

/** A console account to create; an operator works for one centre. */
public record NewAccount(String username, String password, String role, String centreId) {
    public NewAccount {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,60}")) {
            throw ApiException.badRequest("invalid_username", "'username' must be 3 to 60 letters, digits, '.', '_' or '-'.");
        }
        if (password == null || password.length() < 10) {
            throw ApiException.badRequest("weak_password", "'password' must have at least 10 characters.");
        }
        Role parsed = parse(role);
        if (parsed == Role.OPERATOR && (centreId == null || centreId.isBlank())) {
            throw ApiException.badRequest("missing_centre", "An operator needs 'centreId', the centre they work for.");
        }
    }

    Role parsedRole() {
        return parse(role);
    }

    private static Role parse(String role) {
        for (Role candidate : Role.values()) {
            if (candidate.wireName().equals(role == null ? "" : role.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw ApiException.badRequest("invalid_role", "'role' must be admin, operator or tutor, not '" + role + "'.");
    }
}
