package it.centrinrete.kb.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.centrinrete.kb.content.Address;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.CentreKind;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.content.Provenance;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.OpeningHours;
import it.centrinrete.kb.hours.TimeRange;
import it.centrinrete.kb.load.ContentLoader;
import it.centrinrete.kb.load.LoadResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HsdsExporterTest {
    private static final Provenance REVIEWED = new Provenance(LocalDate.of(2026, 11, 20), "Municipio 4", false);

    private final HsdsExporter exporter = new HsdsExporter();

    private static Centre zante() {
        OpeningHours hours = new OpeningHours(Map.of(
            DayOfWeek.MONDAY, TimeRange.parseDay("mon", "09:00-12:00, 14:30-18:30"),
            DayOfWeek.WEDNESDAY, TimeRange.parseDay("wed", "09:00-12:00, 14:30-18:30"),
            DayOfWeek.SATURDAY, TimeRange.parseDay("sat", "20:00-24:00")), List.of(), false, "");
        return new Centre("csrc-zante", "CSRC Zante", CentreKind.CSRC, "Centro socio ricreativo culturale.",
            new Address("Via Zante 14", "20138", "Milano"), 4, "Forlanini", new GeoPoint(45.4592, 9.2295), hours,
            List.of(new Phone("02 8845 1234", "segreteria")), "", "Ingresso senza gradini.", "Tram 27.", List.of(), REVIEWED);
    }

    private static Service ginnastica() {
        OpeningHours hours = new OpeningHours(Map.of(DayOfWeek.TUESDAY, TimeRange.parseDay("tue", "10:00-11:00"),
            DayOfWeek.THURSDAY, TimeRange.parseDay("thu", "10:00-11:00")), List.of(), false, "");
        return new Service("ginnastica-zante", "Ginnastica dolce", "Esercizi leggeri.", "Persone sopra i 65 anni.",
            List.of("Si iscriva in segreteria.", "Porti il certificato medico."), List.of("Certificato medico"), "Gratuito",
            "Comune di Milano", List.of("csrc-zante"), "", null, null, hours, "", List.of(new Phone("02 8845 1234", "segreteria")),
            "csrc.zante@example.org", "https://example.org/zante", List.of("italiano"), List.of("movimento"), REVIEWED);
    }

    private static Service custode() {
        return new Service("custode-sociale", "Custode sociale", "Una persona di riferimento nei caseggiati.", "", List.of(),
            List.of(), "", "", List.of(), "Nella portineria del caseggiato.", new Address("Via Mompiani 5", "20139", "Milano"),
            new GeoPoint(45.44, 9.2), OpeningHours.none(), "Dal lunedì al venerdì, al mattino.",
            List.of(new Phone("+44 1234 234567", ""), new Phone("800 123 456", "numero verde")), "", "", List.of(), List.of(), REVIEWED);
    }

    @Test
    void writesServicesAsAnHsdsArrayWithWeeklySchedulesAndLocations() throws Exception {
        // given
        Content content = Content.of(List.of(zante(), ginnastica()));

        // when
        JsonNode services = new ObjectMapper().readTree(exporter.toJson(content));

        // then
        assertThat(services.isArray()).isTrue();
        assertThat(services).hasSize(1);
        JsonNode service = services.get(0);
        assertThat(service.get("id").asText()).isEqualTo("ginnastica-zante");
        assertThat(service.get("organization").get("name").asText()).isEqualTo("Comune di Milano");
        assertThat(service.get("phones").get(0).get("number").asText()).isEqualTo("02 8845 1234");
        assertThat(service.get("schedules")).singleElement().satisfies(schedule -> {
            assertThat(schedule.get("freq").asText()).isEqualTo("WEEKLY");
            assertThat(schedule.get("byday").asText()).isEqualTo("TU,TH");
            assertThat(schedule.get("opens_at").asText()).isEqualTo("10:00");
            assertThat(schedule.get("closes_at").asText()).isEqualTo("11:00");
        });
        assertThat(service.get("last_modified").asText()).isEqualTo("2026-11-20T00:00:00Z");
        JsonNode location = service.get("service_at_locations").get(0).get("location");
        assertThat(location.get("id").asText()).isEqualTo("csrc-zante");
        assertThat(location.get("latitude").asDouble()).isEqualTo(45.4592);
        JsonNode address = location.get("addresses").get(0);
        assertThat(address.get("address_1").asText()).isEqualTo("Via Zante 14");
        assertThat(address.get("postal_code").asText()).isEqualTo("20138");
        assertThat(address.get("country").asText()).isEqualTo("IT");
        assertThat(location.get("schedules")).extracting(s -> s.get("byday").asText() + " " + s.get("opens_at").asText() + "-"
            + s.get("closes_at").asText()).containsExactly("MO,WE 09:00-12:00", "MO,WE 14:30-18:30", "SA 20:00-23:59");
    }

    @Test
    void writesToAStreamWithoutClosingIt() {
        // given
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the exporter closed the caller's stream");
            }
        };

        // when
        exporter.write(Content.of(List.of(custode())), out);

        // then
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[").contains("\"name\" : \"Custode sociale\"");
    }

    @Test
    void givesBackEqualServicesAndCentresWhenImportedAgain() {
        // given
        Content original = Content.of(List.of(zante(), ginnastica(), custode()));

        // when
        String json = exporter.toJson(original);
        LoadResult result = new ContentLoader(List.of(new HsdsFormat())).loadDocument("export.hsds.json", json);

        // then
        assertThat(result.problems()).isEmpty();
        for (Service before : original.all(Service.class)) {
            Service after = result.content().find(before.id(), Service.class).orElseThrow();
            assertThat(after.name()).isEqualTo(before.name());
            assertThat(after.phones()).isEqualTo(before.phones());
            assertThat(after.openingHours().weekly()).isEqualTo(before.openingHours().weekly());
            assertThat(after.when()).isEqualTo(before.when());
            assertThat(after.centres()).isEqualTo(before.centres());
            assertThat(after.howToAccess()).isEqualTo(before.howToAccess());
            assertThat(after.provenance().lastReviewed()).isEqualTo(before.provenance().lastReviewed());
        }
        Service custode = result.content().find("custode-sociale", Service.class).orElseThrow();
        assertThat(custode.address()).isEqualTo(custode().address());
        assertThat(custode.location()).isEqualTo(custode().location());
        assertThat(custode.where()).isEqualTo(custode().where());
        Centre centre = result.content().find("csrc-zante", Centre.class).orElseThrow();
        assertThat(centre.name()).isEqualTo("CSRC Zante");
        assertThat(centre.location()).isEqualTo(zante().location());
        assertThat(centre.address()).isEqualTo(zante().address());
        assertThat(centre.phones()).isEqualTo(zante().phones());
        assertThat(centre.openingHours().weekly()).isEqualTo(zante().openingHours().weekly());
        assertThat(centre.accessibility()).isEqualTo(zante().accessibility());
    }
}
