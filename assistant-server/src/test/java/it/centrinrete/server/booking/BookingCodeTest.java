package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BookingCodeTest {

    @Test
    void theAlphabetLeavesOutLookAlikesForeignLettersAndB() {
        assertThat(BookingCode.ALPHABET).doesNotContain("0", "1", "O", "I", "L", "J", "K", "W", "X", "Y", "B", "Q");
        assertThat(BookingCode.ALPHABET).hasSize(24);
        assertThat(BookingCode.ALPHABET.chars().distinct().count()).isEqualTo(24);
    }

    @Test
    void aValidCodeKeepsItsValueAndPrintsAsIt() {
        BookingCode code = new BookingCode("A7P2MR");

        assertThat(code.value()).isEqualTo("A7P2MR");
        assertThat(code).hasToString("A7P2MR");
        assertThat(code).isEqualTo(new BookingCode("A7P2MR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A7P2M", "A7P2MRS", "a7p2mr", "A7P2M0", "A7P2M1", "A7P2MO", "A7P2MI", "A7P2ML", "A7P2MB",
        "A7P2MK", "A7P2MX", "A7P2M-", "A7P 2M"})
    void theConstructorRejectsWhatIsNotACodeNamingTheField(String value) {
        assertThatThrownBy(() -> new BookingCode(value))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("code"))
            .hasMessageStartingWith("code: '" + value + "' is not a booking code");
    }

    @Test
    void aMissingCodeIsRejected() {
        assertThatThrownBy(() -> new BookingCode(null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("code"))
            .hasMessage("code: a booking code is required");
    }

    @Test
    void randomCodesAreAlwaysValidUseTheWholeAlphabetAndRarelyRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        Set<Character> symbolsSeen = new HashSet<>();
        int total = 10_000;

        for (int i = 0; i < total; i++) {
            BookingCode code = BookingCode.random(random);
            assertThat(code.value()).hasSize(BookingCode.LENGTH).matches("[23456789ACDEFGHMNPRSTUVZ]{6}");
            codes.add(code.value());
            code.value().chars().forEach(c -> symbolsSeen.add((char) c));
        }

        // 24^6 is about 191 million codes: 10,000 draws collide about a quarter of a time on average
        assertThat(total - codes.size()).isLessThanOrEqualTo(3);
        assertThat(symbolsSeen).hasSize(BookingCode.ALPHABET.length());
    }

    @Test
    void theSameSeedGivesTheSameCodeSoCallersControlTheRandomness() {
        assertThat(BookingCode.random(new Random(42))).isEqualTo(BookingCode.random(new Random(42)));
        assertThat(BookingCode.random(new Random(42))).isNotEqualTo(BookingCode.random(new Random(43)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A7P2MR|A7P2MR",
        "a7p2mr|A7P2MR",
        "  a7p 2mr |A7P2MR",
        "A7P-2MR|A7P2MR",
        "a7p.2mr|A7P2MR",
        "a 7 p 2 m r|A7P2MR",
        "h3d–f9z|H3DF9Z",
        "H3D_F9Z|H3DF9Z",
    })
    void parseForgivesCaseAndSeparators(String typed, String expected) {
        assertThat(BookingCode.parse(typed)).contains(new BookingCode(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "A7P2M", "A7P2MRS", "A7P2M0", "AOP2MR", "A1P2MR", "ABP2MR", "A7P2M?", "prenotazione", "A7P/2MR"})
    void parseIsEmptyForWhatIsNotACode(String typed) {
        assertThat(BookingCode.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a come ancona sette pi due emme erre|A7P2MR",
        "a come ancona sette p come palermo due m come milano r come roma|A7P2MR",
        "A come Ancona, 7, P come Palermo, 2, M come Milano, R come Roma.|A7P2MR",
        "acca tre di effe nove zeta|H3DF9Z",
        "h 3 d f 9 z|H3DF9Z",
        "h3df9z|H3DF9Z",
        "il codice e h3df9z|H3DF9Z",
        "il codice e tre tre a ci di e|33ACDE",
        "il codice è tre tre a ci di e|33ACDE",
        "il mio codice e acca tre di effe nove zeta grazie|H3DF9Z",
        "allora il codice e acca tre di ehm effe nove zeta|H3DF9Z",
        "doppio tre a ci di e|33ACDE",
        "trentatre a ci di e|33ACDE",
        "esse ti u vu zeta gi|STUVZG",
        "esse ti u vi zeta gi|STUVZG",
        "enne emme erre pi quattro cinque|NMRP45",
        "e a di ci ti vi|EADCTV",
        "a come ancona e come empoli di come domodossola due tre quattro|AED234",
        "ho prenotato la ginnastica il codice e 33 a c d e|33ACDE",
        "mi ha dato il codice acca tre di effe nove zeta e il codice acca tre di effe nove zeta|H3DF9Z",
    })
    void fromSpeechFindsTheCodeInWhatTheRecogniserWrote(String heard, String expected) {
        assertThat(BookingCode.fromSpeech(heard)).contains(new BookingCode(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "vorrei prenotare la ginnastica",
        "acca tre di effe nove",
        "acca tre di effe nove zeta tre",
        "acca tre di effe nove zeta a come ancona sette pi due emme erre",
        "acca tre di effe nove zeta oppure a come ancona sette pi due emme erre",
        "k7p2qx",
        "acca tre di elle nove zeta",
        "acca uno di effe nove zeta",
        "il codice e sempre lo stesso",
        "acca tre di effe nove zeta otto uno",
        "acca zero di effe nove zeta",
    })
    void fromSpeechIsEmptyWithoutExactlyOnePlausibleCode(String heard) {
        assertThat(BookingCode.fromSpeech(heard)).isEmpty();
    }

    @Test
    void spelledReadsEachSymbolWithTheItalianTelephoneAlphabet() {
        assertThat(new BookingCode("A7P2MR").spelled())
            .isEqualTo("A come Ancona, sette, P come Palermo, due, M come Milano, R come Roma");
        assertThat(new BookingCode("H3DF9Z").spelled())
            .isEqualTo("H come hotel, tre, D come Domodossola, F come Firenze, nove, Z come Zara");
    }

    @Test
    void everySymbolOfTheAlphabetHasASpokenForm() {
        String spelled = new BookingCode("234567").spelled() + ", " + new BookingCode("89ACDE").spelled() + ", "
            + new BookingCode("FGHMNP").spelled() + ", " + new BookingCode("RSTUVZ").spelled();

        assertThat(spelled.split(", ")).containsExactly("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
            "A come Ancona", "C come Como", "D come Domodossola", "E come Empoli", "F come Firenze", "G come Genova",
            "H come hotel", "M come Milano", "N come Napoli", "P come Palermo", "R come Roma", "S come Savona",
            "T come Torino", "U come Udine", "V come Venezia", "Z come Zara");
    }

    @Test
    void aSpelledCodeIsHeardBackAsTheSameCode() {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 500; i++) {
            BookingCode code = BookingCode.random(random);
            String recognised = code.spelled().toLowerCase(Locale.ROOT).replace(",", "");

            assertThat(BookingCode.fromSpeech(recognised)).as(recognised).contains(code);
        }
    }
}
