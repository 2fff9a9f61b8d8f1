package it.centrinrete.server.admin;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Service;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.Role;
import java.util.List;

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
}
