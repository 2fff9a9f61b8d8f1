package it.centrinrete.server.admin;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Service;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.http.ApiException;
import java.util.List;
import java.util.Objects;

/**
 * Which entries an account may change: an admin any, an operator only their own centre's — the centre itself, the
 * services offered there, the activities held there. Guides and FAQs are shared by every centre, so only admins
 * change them.
 */
public final class CentreScope {
    private CentreScope() {
    }

    public static boolean mayChange(Account account, Entry entry) {
        if (account.role() == Role.ADMIN) {
            return true;
        }
        String centre = account.centreId();
        if (account.role() != Role.OPERATOR || centre == null) {
            return false;
        }
        return switch (entry) {
            case Centre c -> c.id().equals(centre);
            case Service s -> s.centres().contains(centre);
            case Activity a -> a.centre().equals(centre);
            default -> false;
        };
    }

    /** The centres an entry belongs to; empty for guides and FAQs, which every centre shares. */
    public static List<String> centresOf(Entry entry) {
        return switch (entry) {
            case Centre c -> List.of(c.id());
            case Service s -> s.centres();
            case Activity a -> List.of(a.centre());
            default -> List.of();
        };
    }

    /**
     * The centre a console listing covers: an operator's own (asking for another centre is refused with a 403); for
     * admins and tutors the one asked for, or null for every centre.
     */
    public static String listingCentre(Account account, String asked) {
        String wanted = asked == null || asked.isBlank() ? null : asked.strip();
        if (account.role() != Role.OPERATOR) {
            return wanted;
        }
        if (account.centreId() == null) {
            throw new ApiException(403, "forbidden", "This operator account has no centre.");
        }
        if (wanted != null) {
            requireOwnCentre(account, wanted);
        }
        return account.centreId();
    }

    /** An operator acts on their own centre only (403 otherwise); admins and tutors on every centre. */
    public static void requireOwnCentre(Account account, String centreId) {
        if (account.role() == Role.OPERATOR && !Objects.equals(centreId, account.centreId())) {
            throw new ApiException(403, "forbidden", "This belongs to another centre: an operator acts only on their own centre's.");
        }
    }
}
