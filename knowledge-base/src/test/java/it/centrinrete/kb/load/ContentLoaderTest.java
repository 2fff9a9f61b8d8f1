package it.centrinrete.kb.load;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final String CENTRE = """
        id: csrc-prova
        name: CSRC Prova
        kind: CSRC
        address: {street: Via Prova 1, postcode: "20138", city: Milano}
        municipio: 4
        coordinates: {lat: 45.45, lon: 9.22}
        openingHours:
          mon: "09:00-12:00"
        phones: ["02 1234 5678"]
        lastReviewed: 2026-11-20
        source: test
        """;

    @TempDir
    Path dir;

    private final ContentLoader loader = ContentFormats.loader();

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void sampleContentLoadsWithoutErrorsAndHasWhatTheIssueAsks() {
        // when
        LoadResult result = loader.load(SampleContent.folder());

        // then
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.content().all(Centre.class)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(result.content().all(Service.class)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(result.content().all(Activity.class)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(result.content().all(Guide.class)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(result.content().all(Faq.class)).isNotEmpty();
        assertThat(result.content().entries()).allMatch(entry -> entry.provenance().sample());
    }

    @Test
    void aValidCentreLoadsWithItsFields() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.problems()).isEmpty();
        Centre centre = result.content().find("csrc-prova", Centre.class).orElseThrow();
        assertThat(centre.name()).isEqualTo("CSRC Prova");
        assertThat(centre.phones().get(0).number()).isEqualTo("+390212345678");
        assertThat(centre.location().lat()).isEqualTo(45.45);
    }

    @Test
    void aYamlSyntaxErrorNamesTheLineAndOtherFilesStillLoad() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE);
        write("faq/rotta.yaml", "id: faq-rotta\nquestions: [Come si fa?\nanswer: Così.\n");

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().find("csrc-prova")).isPresent();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("faq/rotta.yaml");
            assertThat(problem.line()).isGreaterThan(1);
            assertThat(problem.message()).contains("not valid YAML");
        });
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE.replace("name: CSRC Prova\n", ""));

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().size()).isZero();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.toString()).startsWith("centres/prova.yaml:1: error: field 'name'");
        });
    }

    @Test
    void aBadPhoneIsReportedOnItsOwnLine() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE.replace("\"02 1234 5678\"", "\"chiamare Mario\""));

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.field()).isEqualTo("phones[1]");
            assertThat(problem.message()).contains("chiamare Mario");
        });
    }

    @Test
    void badOpeningHoursNameTheDayAndItsLine() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE.replace("\"09:00-12:00\"", "\"12:00-09:00\""));

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.field()).isEqualTo("openingHours.mon");
        });
    }

    @Test
    void anUnknownFieldIsAWarningAndTheEntryStillLoads() throws IOException {
        // given
        write("centres/prova.yaml", CENTRE + "adress: Via Sbagliata 2\n");

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().find("csrc-prova")).isPresent();
        assertThat(result.warnings()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("adress");
            assertThat(problem.line()).isEqualTo(12);
        });
    }

    @Test
    void theSameIdInTwoFilesKeepsTheFirstAndReportsTheSecond() throws IOException {
        // given
        write("centres/a.yaml", CENTRE);
        write("centres/b.yaml", CENTRE.replace("CSRC Prova", "CSRC Doppione"));

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().find("csrc-prova", Centre.class).orElseThrow().name()).isEqualTo("CSRC Prova");
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("centres/b.yaml");
            assertThat(problem.message()).contains("already used by centres/a.yaml");
        });
    }

    @Test
    void anActivityAtAnUnknownCentreIsNotLoaded() throws IOException {
        // given
        write("activities/gym.yaml", """
            id: gym
            title: Ginnastica
            description: Esercizi leggeri.
            centre: centro-che-non-esiste
            schedule: {days: [tue], time: "10:00", durationMinutes: 60, from: 2026-09-15}
            capacity: 10
            lastReviewed: 2026-11-20
            source: test
            """);

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().size()).isZero();
        assertThat(result.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.field()).isEqualTo("centre");
        });
    }

    @Test
    void aTypeThatContradictsTheFolderIsAnError() throws IOException {
        // given
        write("services/prova.yaml", CENTRE);
        write("faq/prova.yaml", "type: centre\n" + CENTRE.replace("id: csrc-prova", "id: x"));

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.content().size()).isZero();
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors()).anySatisfy(problem -> assertThat(problem.field()).isEqualTo("type"));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotCrashed() throws IOException {
        // given
        Files.createDirectories(dir.resolve("faq"));
        Files.write(dir.resolve("faq/latin1.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE8, '\n'});

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.errors()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("UTF-8"));
    }

    @Test
    void yamlOutsideTheTypeFoldersIsIgnoredWithAWarning() throws IOException {
        // given
        write("misc/stray.yaml", "id: x\n");

        // when
        LoadResult result = loader.load(dir);

        // then
        assertThat(result.warnings()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("ignored"));
    }

    @Test
    void anUploadedDocumentLoadsAlone() {
        // when
        LoadResult result = loader.loadDocument("centres/upload.yaml", CENTRE);

        // then
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().find("csrc-prova")).isPresent();
    }
}
