package it.centrinrete.server.admin;

import it.centrinrete.server.http.ApiException;

/** A console login. */
public record LoginRequest(String username, String password) {
    public LoginRequest {
        if (username == null || username.isBlank() || username.length() > 60) {
            throw ApiException.badRequest("invalid_username", "The field 'username' is required (at most 60 characters).");
        }
        if (password == null || password.isEmpty() || password.length() > 200) {
            throw ApiException.badRequest("invalid_password", "The field 'password' is required.");
        }
    }
}
