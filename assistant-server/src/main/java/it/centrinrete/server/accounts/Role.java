package it.centrinrete.server.accounts;

import java.util.Locale;

/** What an account may do: admin everything, operator their centre's data, tutor guides and practice tools. */
public enum Role {
    ADMIN, OPERATOR, TUTOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
