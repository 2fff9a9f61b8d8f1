package it.centrinrete.server.admin;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.schedule.WeeklyRecurrence;
import it.centrinrete.server.accounts.Account;
import it.centrinrete.server.accounts.ConsoleSessions;
import it.centrinrete.server.accounts.Role;
import it.centrinrete.server.http.Json;
import it.centrinrete.server.knowledge.Knowledge;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/admin/activities?centre=}: the activities of a centre (an operator's own; everyone's for admins and
 * tutors) with their weekly schedule, for the console's activities page. Activities are entries: they are created and
 * changed with the entry editor ({@code /entries}), their sessions with {@code /sessions}.
 */
public final class ActivityAdminService implements HttpService {
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.OPERATOR, Role.TUTOR);

    private final ConsoleGuard guard;
    private final Knowledge knowledge;

    public ActivityAdminService(ConsoleSessions sessions, Knowledge knowledge) {
        this.guard = new ConsoleGuard(sessions);
        this.knowledge = knowledge;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/activities", this::list);
    }

    private void list(ServerRequest request, ServerResponse response) {
        Account account = guard.require(request, READERS, false).account();
        String centre = CentreScope.listingCentre(account, request.query().first("centre").orElse(null));
        Json.send(response, 200, knowledge.content().stream(Activity.class)
            .filter(activity -> centre == null || activity.centre().equals(centre))
            .sorted(Comparator.comparing(Activity::centre).thenComparing(Activity::title, String.CASE_INSENSITIVE_ORDER))
            .map(activity -> describe(activity, account)).toList());
    }

    private Map<String, Object> describe(Activity activity, Account account) {
        WeeklyRecurrence schedule = activity.schedule();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", activity.id());
        body.put("title", activity.title());
        body.put("centre", activity.centre());
        body.put("centreName", knowledge.content().find(activity.centre(), Centre.class).map(Centre::name).orElse(activity.centre()));
        body.put("room", activity.room());
        body.put("days", schedule.days().stream().sorted().map(ActivityAdminService::dayName).toList());
        body.put("time", schedule.start().toString());
        body.put("durationMinutes", schedule.duration().toMinutes());
        body.put("everyWeeks", schedule.everyWeeks());
        body.put("from", schedule.from());
        body.put("until", schedule.until());
        body.put("except", schedule.except());
        body.put("capacity", activity.capacity());
        body.put("waitlist", activity.waitlist());
        body.put("mayEdit", CentreScope.mayChange(account, activity));
        return body;
    }

    /** The content files' day names: mon, tue, … */
    private static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
