package it.centrinrete.server.admin;

import it.centrinrete.server.http.ApiException;
import java.nio.charset.StandardCharsets;

/** The body of {@code POST /api/v1/admin/password}: the current password, and the new one. */
public record PasswordChange(String currentPassword, String newPassword) {
    public PasswordChange {
        if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > 200) {
            throw ApiException.badRequest("invalid_password", "The field 'currentPassword' is required.");
        }
        if (newPassword == null || newPassword.length() < 10 || newPassword.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw ApiException.badRequest("weak_password", "'newPassword' must have at least 10 characters and at most 72 bytes.");
        }
        if (newPassword.equals(currentPassword)) {
            throw ApiException.badRequest("same_password", "The new password must differ from the current one.");
        }
    }
}
