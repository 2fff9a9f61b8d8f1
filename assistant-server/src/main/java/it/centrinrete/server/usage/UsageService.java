package it.centrinrete.server.usage;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.admin.CentreScope;
import it.centrinrete.server.admin.ConsoleGuard;
import it.centrinrete.server.http.ApiException;
import it.centrinrete.server.http.Json;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /api/v1/admin/usage?weeks=8&centre=}: per centre and ISO week, questions asked, the share answered and
 * bookings made, for the last {@code weeks} weeks (this one included). Admins see every centre, operators their own.
 */
public final class UsageService implements HttpService {
    private static final Set<Role> OPERATORS = Set.of(Role.ADMIN, Role.OPERATOR);
    private static final int MOST_WEEKS = 53;

    private final ConsoleGuard guard;
    private final UsageReport report;
    private final Function<String, String> centreNames;
    private final Clock clock;

    public UsageService(ConsoleSessions sessions, UsageReport report, Function<String, String> centreNames, Clock clock) {
        this.guard = new ConsoleGuard(sessions);
        this.report = report;
        this.centreNames = centreNames;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/usage", this::usage);
    }

    private void usage(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, OPERATORS, false).account();
        String centre = CentreScope.listingCentre(account, request.query().first("centre").orElse(null));
        int weeks = request.query().first("weeks").map(UsageService::weeks).orElse(8);
        LocalDate today = LocalDate.now(clock.withZone(MilanTime.ZONE));
        LocalDate from = UsageCounter.weekOf(today).minusWeeks(weeks - 1L);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", UsageCounter.weekOf(today).plusDays(6));
        body.put("weeks", report.weeks(centre, from, today).stream().map(week -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("centre", week.centreId());
            row.put("centreName", week.centreId().isEmpty() ? null : centreNames.apply(week.centreId()));
            row.put("week", week.week());
            row.put("weekStart", week.weekStart());
            row.put("asked", week.asked());
            row.put("answered", week.answered());
            row.put("answeredShare", week.answeredShare());
            row.put("bookings", week.bookings());
            return row;
        }).toList());
        Json.send(response, 200, body);
    }

    private static int weeks(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MOST_WEEKS) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // refused below like any other bad value
        }
        throw ApiException.badRequest("invalid_weeks", "'weeks' must be a whole number from 1 to " + MOST_WEEKS + ".");
    }
}
