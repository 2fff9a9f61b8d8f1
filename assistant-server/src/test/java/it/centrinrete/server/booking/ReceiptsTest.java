package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReceiptsTest {
    private static final ZonedDateTime START = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(MilanTime.ZONE);
    private static Content content;

    @BeforeAll
    static void loadSample() {
        content = ContentFormats.loader().load(SampleContent.folder()).content();
    }

    private static Booking booking(String centreId, BookingStatus status, int position) {
        return new Booking("HM4D7Z", "ginnastica-dolce-zante@2026-12-01T10:00", "ginnastica-dolce-zante", "Ginnastica dolce", centreId,
            START, START.plusMinutes(60), status, position, "Maria Rossi", "+393331234567", "MI-2024-0815",
            Instant.parse("2026-11-20T08:00:00Z"), null, null, null);
    }

    @Test
    void aReceiptNamesTheCentreBesideItsId() {
        // when
        Map<String, Object> receipt = Receipts.of(booking("csrc-zante", BookingStatus.CONFIRMED, 0), content);

        // then
        assertThat(receipt).containsEntry("centre", "csrc-zante").containsEntry("centreName", "CSRC Zante")
            .containsEntry("code", "HM4D7Z").containsEntry("status", "CONFIRMED").doesNotContainKey("waitlistPosition");
    }

    @Test
    void aCentreThatLeftTheContentIsLeftUnnamedNotAFailure() {
        // when
        Map<String, Object> receipt = Receipts.of(booking("csrc-chiuso", BookingStatus.CONFIRMED, 0), content);

        // then
        assertThat(receipt).containsEntry("centre", "csrc-chiuso").doesNotContainKey("centreName");
    }

    @Test
    void aWaitingBookingSaysItsPlaceAndNoReceiptCarriesPersonalData() {
        // when
        Map<String, Object> receipt = Receipts.of(booking("csrc-zante", BookingStatus.WAITLISTED, 2), content);

        // then
        assertThat(receipt).containsEntry("waitlistPosition", 2);
        assertThat(receipt.values()).doesNotContain("Maria Rossi", "+393331234567", "MI-2024-0815");
    }
}
