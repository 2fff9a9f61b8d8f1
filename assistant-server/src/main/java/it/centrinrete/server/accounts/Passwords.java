package it.centrinrete.server.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt, cost 12: slow enough to make a stolen hash expensive to guess, fast enough for a login. */
final class Passwords {
    private static final int COST = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    private static final int MAX_BYTES = 72;

    /** A hash no password is known for, checked against when the name does not exist. */
    static final String UNKNOWN_USER_HASH = BCrypt.withDefaults().hashToString(COST, "no account has this password".toCharArray());

    private Passwords() {
    }

    static String hash(String password) {
        check(password);
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    static boolean matches(String password, String hash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    static void check(String password) {
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("a password needs at least 10 characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("a password may have at most " + MAX_BYTES + " bytes");
        }
    }
}
