package it.centrinrete.kb.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.load.ContentLoader;
import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.LoadResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bad value costs only itself: the service loads with the rest, and the report says where and what. */
class HsdsInvalidValuesTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final ContentLoader loader = new ContentLoader(List.of(new HsdsFormat(TODAY)));

    private LoadResult load(String json) {
        return loader.loadDocument("test.hsds.json", json);
    }

    private static Service only(LoadResult result) {
        return result.content().all(Service.class).get(0);
    }

    @Test
    void dropsAPhoneNumberThatCannotBeCalledAndKeepsTheOthers() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "phones": [
               {"number": "chiamare in orario d'ufficio"},
               {"number": "02 8846 5000", "description": "Prenotazioni."}
             ]}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).phones()).containsExactly(new Phone("+390288465000", "Prenotazioni"));
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.field()).isEqualTo("phones[1].number");
            assertThat(problem.message()).contains("chiamare in orario", "the phone was ignored");
        });
    }

    @Test
    void keepsTheDescriptionOfAScheduleWhoseTimeCannotBeRead() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "nove", "closes_at": "12:00",
                            "description": "Il lunedì mattina."}]}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).openingHours().isEmpty()).isTrue();
        assertThat(only(result).when()).isEqualTo("Il lunedì mattina.");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("schedules[1].opens_at");
            assertThat(problem.message()).contains("'nove' is not a time", "ignored");
        });
    }

    @Test
    void reportsAnUnknownFrequencyAsAnErrorAndAMonthlyOneAsAWarning() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "schedules": [
               {"freq": "HOURLY", "byday": "MO", "opens_at": "09:00", "closes_at": "10:00", "description": "Ogni ora."},
               {"freq": "MONTHLY", "byday": "1MO", "opens_at": "09:00", "closes_at": "12:00", "description": "Il primo lunedì."}
             ]}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).when()).isEqualTo("Ogni ora. Il primo lunedì.");
        assertThat(result.errors()).extracting(ContentProblem::field).containsExactly("schedules[1].freq");
        assertThat(result.warnings()).extracting(ContentProblem::field).containsExactly("schedules[2].freq");
    }

    @Test
    void readsCostOptionsAndAgesWhenThereIsNoTextForThem() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "minimum_age": 65,
             "cost_options": [
               {"option": "Con ISEE sotto 10.000 euro", "amount": 0},
               {"option": "Altri", "amount": 5.50, "currency": "eur", "amount_description": "a pasto"}
             ]}
            """;

        // when
        Service service = only(load(json));

        // then
        assertThat(service.eligibility()).isEqualTo("Età: da 65 anni in su.");
        assertThat(service.cost()).isEqualTo("Con ISEE sotto 10.000 euro: gratuito; Altri: 5.5 € a pasto");
    }

    @Test
    void takesTodayAsReviewDateWithAWarningWhenTheServiceHasNoDate() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa."}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).provenance().lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(result.warnings()).singleElement().satisfies(problem ->
            assertThat(problem.message()).contains("neither last_modified nor assured_date", "today"));
    }

    @Test
    void skipsAServiceThatNoLongerRuns() {
        // given
        String json = """
            [{"id": "vecchio", "name": "Servizio chiuso", "description": "Non c'è più.", "status": "defunct"},
             {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01"}]
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(result.content().all(Service.class)).extracting(Service::id).containsExactly("pasti");
        assertThat(result.warnings()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("defunct"));
    }

    @Test
    void keepsTheFirstOfTwoServicesWithTheSameIdInOneFile() {
        // given
        String json = """
            [{"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01"},
             {"id": "pasti", "name": "Pasti (copia)", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01"}]
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(result.content().all(Service.class)).extracting(Service::name).containsExactly("Pasti a domicilio");
        assertThat(result.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("appears twice");
        });
    }

    @Test
    void givesAServiceTheAddressOfANamelessLocationWithoutMakingACentre() {
        // given
        String json = """
            {"id": "custode", "name": "Custode sociale", "description": "Aiuto nei caseggiati.", "last_modified": "2026-10-01",
             "locations": [{"id": "portineria", "description": "Nella portineria del caseggiato",
                            "latitude": 45.44, "longitude": 9.20,
                            "addresses": [{"address_1": "Via Mompiani 5", "postal_code": "20139", "city": "Milano"}]}]}
            """;

        // when
        LoadResult result = load(json);

        // then
        Service service = only(result);
        assertThat(service.address().oneLine()).isEqualTo("Via Mompiani 5, 20139 Milano");
        assertThat(service.location().lat()).isEqualTo(45.44);
        assertThat(service.where()).isEqualTo("Nella portineria del caseggiato.");
        assertThat(service.centres()).isEmpty();
        assertThat(result.content().all(Centre.class)).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void reportsAValueOfTheWrongShapeAndKeepsTheService() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "email": ["a@example.org", "b@example.org"],
             "phones": "02 8846 5000"}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).email()).isEmpty();
        assertThat(result.errors()).extracting(ContentProblem::field).containsExactlyInAnyOrder("email", "phones");
    }

    @Test
    void dropsAnEmailAndAWebsiteThatAreNotAddresses() {
        // given
        String json = """
            {"id": "pasti", "name": "Pasti a domicilio", "description": "Un pasto caldo a casa.", "last_modified": "2026-10-01",
             "email": "scrivere in segreteria", "url": "www.comune.milano.it"}
            """;

        // when
        LoadResult result = load(json);

        // then
        assertThat(only(result).email()).isEmpty();
        assertThat(only(result).website()).isEmpty();
        assertThat(result.errors()).extracting(ContentProblem::field).containsExactly("email", "url");
    }
}
