package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.hours.MilanTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingCsvTest {
    private static final ZonedDateTime START = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(MilanTime.ZONE);

    private static OperatorBooking booking(String code, BookingStatus status, int position, String name, String phone, String card,
                                           Boolean attended, String callReason) {
        return OperatorBooking.of(new Booking(code, "ginnastica-dolce-zante@2026-12-01T10:00", "ginnastica-dolce-zante",
            "Ginnastica dolce", "csrc-zante", START, START.plusHours(1), status, position, name, phone, card,
            LocalDateTime.of(2026, 11, 20, 9, 5).atZone(MilanTime.ZONE).toInstant(), attended, callReason, null));
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndTheItalianHeadings() {
        // when
        String csv = BookingCsv.write(List.of());

        // then
        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv).isEqualTo("\uFEFFCodice;Stato;Nome;Telefono;Tessera;Posizione in lista;Presente;Da chiamare;Prenotato il\r\n");
    }

    @Test
    void eachBookingIsOneRowInItalianWithTheTimeInMilan() {
        // given
        List<OperatorBooking> bookings = List.of(
            booking("HM4D7Z", BookingStatus.CONFIRMED, 0, "Maria Rossi", "+393331234567", null, true, "PROMOTED"),
            booking("A2C3D4", BookingStatus.WAITLISTED, 2, "Giuseppe D'Angelo", "+390212345678", "MI-2024-0815", null, null),
            booking("E5F6G7", BookingStatus.CANCELLED, 0, null, null, null, false, "SESSION_CANCELLED"));

        // when
        List<String> rows = BookingCsv.write(bookings).lines().toList();

        // then
        assertThat(rows).containsExactly(
            "\uFEFFCodice;Stato;Nome;Telefono;Tessera;Posizione in lista;Presente;Da chiamare;Prenotato il",
            "HM4D7Z;Confermata;Maria Rossi;333 123 4567;;;sì;Confermata dalla lista d'attesa;20/11/2026 09:05",
            "A2C3D4;In lista d'attesa;Giuseppe D'Angelo;02 1234 5678;MI-2024-0815;2;;;20/11/2026 09:05",
            "E5F6G7;Annullata;;;;;no;Attività annullata;20/11/2026 09:05");
    }

    @Test
    void rowsEndInCarriageReturnAndLineFeed() {
        String csv = BookingCsv.write(List.of(booking("HM4D7Z", BookingStatus.CONFIRMED, 0, "Maria Rossi", null, null, null, null)));

        assertThat(csv).endsWith("20/11/2026 09:05\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Maria Rossi|Maria Rossi",
        "Rossi; Maria|`\"Rossi; Maria\"`",
        "`riga uno\nriga due`|`\"riga uno\nriga due\"`",
        "D'Angelo|D'Angelo"})
    void cellsWithASeparatorAQuoteOrALineBreakAreQuotedAsRfc4180Says(String value, String cell) {
        assertThat(BookingCsv.cell(value)).isEqualTo(cell);
    }

    @Test
    void quotesInsideACellAreDoubled() {
        assertThat(BookingCsv.cell("detto \"il Rosso\"")).isEqualTo("\"detto \"\"il Rosso\"\"\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1|'=1+1",
        "+39 333|'+39 333",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "`\tx`|`'\tx`",
        "=HYPERLINK(\"http://x\";\"y\")|`\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"`"})
    void cellsThatStartLikeAFormulaAreShownNeverRun(String value, String cell) {
        assertThat(BookingCsv.cell(value)).isEqualTo(cell);
    }

    @Test
    void aFormulaInANameIsDefusedInTheFile() {
        String csv = BookingCsv.write(List.of(booking("HM4D7Z", BookingStatus.CONFIRMED, 0, "=cmd|' /C calc'!A0", null, "-1234", null,
            null)));

        assertThat(csv.lines().toList().get(1)).isEqualTo("HM4D7Z;Confermata;'=cmd|' /C calc'!A0;;'-1234;;;;20/11/2026 09:05");
    }

    @Test
    void emptyAndMissingValuesAreEmptyCells() {
        assertThat(BookingCsv.cell(null)).isEmpty();
        assertThat(BookingCsv.cell("")).isEmpty();
    }

    @Test
    void theFileNameComesFromTheSessionWithoutCharactersFileSystemsDislike() {
        assertThat(BookingCsv.fileName("ginnastica-dolce-zante@2026-12-01T10:00"))
            .isEqualTo("prenotazioni-ginnastica-dolce-zante-2026-12-01-1000.csv");
    }
}
