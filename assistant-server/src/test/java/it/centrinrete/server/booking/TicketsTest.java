package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TicketsTest {
    private static final ZonedDateTime START = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(MilanTime.ZONE);
    private static Content content;

    @BeforeAll
    static void loadSample() {
        content = ContentFormats.loader().load(SampleContent.folder()).content();
    }

    private static Booking booking(String activityId, String centreId, BookingStatus status, int position) {
        return new Booking("HM4D7Z", activityId + "@2026-12-01T10:00", activityId, "Ginnastica dolce", centreId, START,
            START.plusMinutes(60), status, position, "Maria Rossi", "+393331234567", "MI-2024-0815", Instant.parse("2026-11-20T08:00:00Z"),
            null, null, null);
    }

    @Test
    void aConfirmedBookingPrintsEverythingAPersonNeedsToComeToTheSession() {
        // when
        Ticket ticket = Tickets.of(booking("ginnastica-dolce-zante", "csrc-zante", BookingStatus.CONFIRMED, 0), content);

        // then
        assertThat(ticket.title()).isEqualTo("Ginnastica dolce");
        assertThat(ticket.centreName()).isEqualTo("CSRC Zante");
        assertThat(ticket.centreAddress()).isEqualTo("Via Zante 14, 20138 Milano");
        assertThat(ticket.room()).isEqualTo("Salone");
        assertThat(ticket.day()).isEqualTo("martedì 1 dicembre 2026");
        assertThat(ticket.time()).isEqualTo("dalle 10:00 alle 11:00");
        assertThat(ticket.status()).isEqualTo("Confermata");
        assertThat(ticket.code()).isEqualTo("HM4D7Z");
        assertThat(ticket.spelledCode()).isEqualTo("H come hotel, M come Milano, quattro, D come Domodossola, sette, Z come Zara");
        assertThat(ticket.qrPayload()).isEqualTo("HM4D7Z");
        assertThat(ticket.lines()).containsExactly(
            "Ginnastica dolce",
            "Martedì 1 dicembre 2026",
            "Dalle 10:00 alle 11:00",
            "CSRC Zante",
            "Via Zante 14, 20138 Milano",
            "Sala: Salone",
            "",
            "Prenotazione: Confermata",
            "Codice: HM4D7Z",
            "H come hotel, M come Milano, quattro,",
            "D come Domodossola, sette, Z come Zara",
            "",
            "Conservi questo biglietto: con il codice può controllare o annullare la prenotazione al chiosco.");
    }

    @Test
    void aWaitingBookingSaysItsPlaceInTheQueue() {
        Ticket ticket = Tickets.of(booking("ginnastica-dolce-zante", "csrc-zante", BookingStatus.WAITLISTED, 3), content);

        assertThat(ticket.status()).isEqualTo("In lista d'attesa, posizione 3");
        assertThat(ticket.lines()).contains("Prenotazione: In lista d'attesa, posizione 3");
    }

    @Test
    void aCancelledBookingSaysSo() {
        Ticket ticket = Tickets.of(booking("ginnastica-dolce-zante", "csrc-zante", BookingStatus.CANCELLED, 0), content);

        assertThat(ticket.status()).isEqualTo("Annullata");
        assertThat(ticket.lines()).contains("Prenotazione: Annullata");
    }

    @Test
    void theTicketCarriesNoPersonalData() {
        Ticket ticket = Tickets.of(booking("ginnastica-dolce-zante", "csrc-zante", BookingStatus.CONFIRMED, 0), content);

        assertThat(String.join("\n", ticket.lines()) + ticket).doesNotContain("Maria").doesNotContain("333").doesNotContain("0815");
    }

    @Test
    void anActivityOrCentreThatLeftTheContentStillPrintsWithoutRoomOrAddress() {
        Ticket ticket = Tickets.of(booking("corso-sparito", "centro-sparito", BookingStatus.CONFIRMED, 0), content);

        assertThat(ticket.centreName()).isEqualTo("centro-sparito");
        assertThat(ticket.centreAddress()).isEmpty();
        assertThat(ticket.room()).isNull();
        assertThat(ticket.lines()).startsWith("Ginnastica dolce", "Martedì 1 dicembre 2026",
            "Dalle 10:00 alle 11:00", "centro-sparito", "", "Prenotazione: Confermata");
    }

    @Test
    void morningSessionsReadWithoutALeadingZero() {
        Booking early = new Booking("HM4D7Z", "x@2026-12-03T09:30", "ginnastica-dolce-zante", "Ginnastica dolce", "csrc-zante",
            START.plusDays(2).withHour(9).withMinute(30), START.plusDays(2).withHour(10).withMinute(15), BookingStatus.CONFIRMED, 0,
            null, null, null, Instant.parse("2026-11-20T08:00:00Z"), null, null, null);

        Ticket ticket = Tickets.of(early, content);

        assertThat(ticket.day()).isEqualTo("giovedì 3 dicembre 2026");
        assertThat(ticket.time()).isEqualTo("dalle 9:30 alle 10:15");
    }
}
