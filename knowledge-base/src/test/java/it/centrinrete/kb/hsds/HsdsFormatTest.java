package it.centrinrete.kb.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.load.ContentLoader;
import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.LoadResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HsdsFormatTest {
    private static final String COUNSELLING = "ac148810-d857-441c-9679-408f346de14b";
    private static final String CIVIC_CENTER = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    private final ContentLoader loader = new ContentLoader(List.of(new HsdsFormat(TODAY)));

    @Test
    void acceptsOnlyFilesNamedHsdsJson() {
        // given
        HsdsFormat format = new HsdsFormat();

        // when / then
        assertThat(format.accepts("import/milano.hsds.json")).isTrue();
        assertThat(format.accepts("Export.HSDS.JSON")).isTrue();
        assertThat(format.accepts("services/pasti.json")).isFalse();
        assertThat(format.accepts("services/pasti.yaml")).isFalse();
    }

    @Test
    void importsEveryRealExampleWithoutFailing(@TempDir Path dir) {
        // given
        for (String example : List.of("service_full.json", "service_list.json", "organization_full.json")) {
            HsdsExamples.copy(example, dir);
        }

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.files()).isEqualTo(3);
        assertThat(result.content().find(COUNSELLING, Service.class)).isPresent();
        assertThat(result.problems()).noneMatch(p -> p.line() == 0 && p.severity() == ContentProblem.Severity.ERROR);
    }

    @Test
    void readsTheFullServiceWithItsValidValues(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);

        // when
        Service service = loader.load(dir).content().find(COUNSELLING, Service.class).orElseThrow();

        // then
        assertThat(service.name()).isEqualTo("Community Counselling");
        assertThat(service.phones()).extracting(Phone::number).containsExactly("+441234234567");
        assertThat(service.phones().get(0).label()).isEqualTo("Our main reception phone number (interno 100)");
        assertThat(service.eligibility())
            .isEqualTo("This service is intended for all people aged 12 and over who require counselling services in the MyCity area");
        assertThat(service.cost()).startsWith("Non-NHS patients are expected to pay").contains("£50 per hour");
        assertThat(service.languages()).containsExactly("Urdu");
        assertThat(service.provider()).isEqualTo("Example Organization Inc.");
        assertThat(service.website()).isEqualTo("http://example.com/counselling");
        assertThat(service.howToAccess()).hasSize(2).first().asString().startsWith("If you are an NHS patient");
        assertThat(service.documents()).singleElement().asString().startsWith("Any official identification document");
        assertThat(service.keywords()).contains("MyCity Counselling Services");
        assertThat(service.provenance().lastReviewed()).isEqualTo(LocalDate.of(2023, 3, 15));
        assertThat(service.provenance().source()).isEqualTo("HSDS: Example Organization Inc. (service_full.hsds.json)");
        assertThat(service.provenance().sample()).isFalse();
    }

    @Test
    void turnsTheWeeklyScheduleIntoOpeningHours(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);

        // when
        Service service = loader.load(dir).content().find(COUNSELLING, Service.class).orElseThrow();

        // then
        assertThat(service.openingHours().weekly().get(DayOfWeek.THURSDAY)).extracting(TimeRange::format).containsExactly("10:00-18:00");
        assertThat(service.openingHours().weekly().get(DayOfWeek.FRIDAY)).extracting(TimeRange::format).containsExactly("10:00-18:00");
        assertThat(service.openingHours().weekly().get(DayOfWeek.MONDAY)).isEmpty();
        assertThat(service.when()).isEmpty();
    }

    @Test
    void makesTheLocationACentreWithoutItsInvalidValues(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        Service service = result.content().find(COUNSELLING, Service.class).orElseThrow();
        Centre centre = result.content().find(CIVIC_CENTER, Centre.class).orElseThrow();
        assertThat(service.centres()).containsExactly(CIVIC_CENTER);
        assertThat(centre.name()).isEqualTo("MyCity Civic Center");
        assertThat(centre.address().oneLine()).isEqualTo("1-30 Main Street, MyVillage, MyCity");
        assertThat(centre.location()).isNull();
        assertThat(centre.accessibility()).startsWith("The building is equipped with induction loops");
        assertThat(centre.howToGetThere()).contains("number 1 Bus");
        assertThat(service.address()).isEqualTo(centre.address());
        assertThat(service.location()).isNull();
    }

    @Test
    void reportsTheOutOfRangeLatitudeWithItsLineAndPath(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("service_full.hsds.json");
            assertThat(problem.line()).isEqualTo(153);
            assertThat(problem.field()).isEqualTo("service_at_locations[1].location.latitude");
            assertThat(problem.message()).contains("latitude 100", "-90 to 90", "ignored");
        });
    }

    @Test
    void warnsThatTheTimezoneIsNotMilansAndWasIgnored(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.warnings()).filteredOn(problem -> problem.field().equals("schedules[1].timezone")).singleElement()
            .satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(46);
                assertThat(problem.message()).contains("timezone 3", "Milan", "ignored");
            });
    }

    @Test
    void mergesTheSameServiceFromTwoFilesIntoOneEntry(@TempDir Path dir) {
        // given
        HsdsExamples.copy("service_full.json", dir);
        HsdsExamples.copy("service_list.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().all(Service.class)).extracting(Service::id).containsExactly(COUNSELLING);
        assertThat(result.warnings()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("service_list.hsds.json");
            assertThat(problem.message()).contains(COUNSELLING, "service_full.hsds.json");
        });
    }

    @Test
    void readsTheServicesOfAnOrganizationWithTheOrganizationAsProvider(@TempDir Path dir) {
        // given
        HsdsExamples.copy("organization_full.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().all(Service.class)).singleElement().satisfies(service -> {
            assertThat(service.id()).isEqualTo(COUNSELLING);
            assertThat(service.provider()).isEqualTo("Example Organization Inc.");
            assertThat(service.centres()).containsExactly(CIVIC_CENTER);
        });
        assertThat(result.content().find(CIVIC_CENTER, Centre.class)).isPresent();
        assertThat(result.errors()).extracting(ContentProblem::field).containsExactly("locations[1].latitude");
    }

    @Test
    void reportsAFileThatIsNotJsonAsOneErrorWithItsLine(@TempDir Path dir) {
        // given
        HsdsExamples.fixture("malformed.hsds.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().size()).isZero();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ContentProblem.Severity.ERROR);
            assertThat(problem.file()).isEqualTo("malformed.hsds.json");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("not valid YAML or JSON");
        });
    }

    @Test
    void refusesATopLevelThatIsNoHsdsShape() {
        // given
        String json = "{\"total\": 3, \"items\": []}";

        // when
        LoadResult result = loader.loadDocument("other.hsds.json", json);

        // then
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(ContentProblem.Severity.ERROR);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("is not an HSDS file", "contents", "services");
        });
    }

    @Test
    void dropsAServiceWithoutNameAndLoadsItsSibling(@TempDir Path dir) {
        // given
        HsdsExamples.fixture("one-without-name.hsds.json", dir);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().all(Service.class)).extracting(Service::name).containsExactly("Custode sociale");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.field()).isEqualTo("[1].name");
            assertThat(problem.message()).contains("8f0c3c1e-5d43-4a0e-9a53-2f7f5f0a9b01", "no name", "not imported");
        });
    }
}
