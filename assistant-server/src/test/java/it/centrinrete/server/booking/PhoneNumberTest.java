package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "333 123 4567|+393331234567",
        "3331234567|+393331234567",
        "333-1234567|+393331234567",
        "333.123.4567|+393331234567",
        "333/1234567|+393331234567",
        "+39 333 1234567|+393331234567",
        "+393331234567|+393331234567",
        "0039 3331234567|+393331234567",
        "  333 123 4567  |+393331234567",
        "333 123456|+39333123456",
        "02 1234 5678|+390212345678",
        "(02) 12345678|+390212345678",
        "+39 02 1234 5678|+390212345678",
        "0039 02 12345678|+390212345678",
        "039 123 4567|+390391234567",
        "0331 123456|+390331123456",
        "012345|+39012345",
        "06 1234 56789|+3906123456789",
    })
    void parseAcceptsTheWaysPeopleWriteItalianNumbers(String typed, String normalised) {
        assertThat(PhoneNumber.parse(typed).normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "333 12345", "333 123 45678", "33312", "02 123", "02 1234 5678 90",
        "800 123 456", "5551234567", "1234567890", "333 abc 4567", "tre tre tre", "333 123 4567 int. 2", "333_1234567",
        "+", "---", "33+3 1234567", "3331234567#"})
    void parseRejectsWhatIsNotAnItalianNumberQuotingIt(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"))
            .hasMessage("phone: '" + typed.strip() + "' is not an Italian phone number "
                + "(a mobile such as 333 123 4567 or a landline such as 02 1234 5678)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "0044 20 7946 0958", "+41 91 123 45 67", "+1 212 555 0100", "+0039 333 1234567"})
    void parseRejectsForeignNumbers(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"))
            .hasMessageContaining("only Italian numbers (+39)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parseRequiresANumber(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse(typed))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"))
            .hasMessage("phone: a phone number is required");
    }

    @Test
    void anOverlongInputIsQuotedOnlyInPart() {
        String pasted = "3".repeat(500);

        assertThatThrownBy(() -> PhoneNumber.parse(pasted))
            .hasMessageStartingWith("phone: '" + "3".repeat(40) + "…'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3331234567", "393331234567", "+39", "+39123456", "+4402079460958", "+3933312"})
    void theConstructorAcceptsOnlyTheNormalisedForm(String normalised) {
        assertThatThrownBy(() -> new PhoneNumber(normalised))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void theNormalisedFormRoundTripsThroughDisplayAndParse() {
        for (String typed : new String[] {"333 123 4567", "333 123456", "02 1234 5678", "039 123 4567", "0331 123456", "012345"}) {
            PhoneNumber phone = PhoneNumber.parse(typed);

            assertThat(PhoneNumber.parse(phone.display())).isEqualTo(phone);
            assertThat(PhoneNumber.parse(phone.normalised())).isEqualTo(phone);
            assertThat(new PhoneNumber(phone.normalised())).isEqualTo(phone);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+393331234567|333 123 4567|3331234567|true",
        "+39333123456|333 123 456|333123456|true",
        "+390212345678|02 1234 5678|0212345678|false",
        "+390612345678|06 1234 5678|0612345678|false",
        "+39021234567|02 123 4567|021234567|false",
        "+3902123456789|02 12 345 6789|02123456789|false",
        "+390391234567|039 123 4567|0391234567|false",
        "+390331123456|033 112 3456|0331123456|false",
        "+39021234|02 1234|021234|false",
        "+39012345|012 345|012345|false",
    })
    void displayGroupsTheNationalDigitsForTheScreen(String normalised, String display, String national, boolean mobile) {
        PhoneNumber phone = new PhoneNumber(normalised);

        assertThat(phone.display()).isEqualTo(display);
        assertThat(phone.national()).isEqualTo(national);
        assertThat(phone.isMobile()).isEqualTo(mobile);
    }

    @Test
    void spokenDigitsAreReadOneByOneInTheGroupsOfTheScreen() {
        assertThat(PhoneNumber.parse("333 123 4567").spokenDigits())
            .isEqualTo("tre tre tre, uno due tre, quattro cinque sei sette");
        assertThat(PhoneNumber.parse("02 8845 1090").spokenDigits())
            .isEqualTo("zero due, otto otto quattro cinque, uno zero nove zero");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+393331234567|*** *** 4567",
        "+39333123456|*** *** 456",
        "+390212345678|** **** 5678",
        "+390391234567|*** *** 4567",
    })
    void maskedKeepsOnlyTheLastGroup(String normalised, String masked) {
        PhoneNumber phone = new PhoneNumber(normalised);

        assertThat(phone.masked()).isEqualTo(masked);
        assertThat(phone).hasToString(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tre tre tre uno due tre quattro cinque sei sette|+393331234567",
        "333 123 45 67|+393331234567",
        "333 1234567|+393331234567",
        "3331234567|+393331234567",
        "il mio numero e tre tre tre 1234567|+393331234567",
        "il mio numero è tre tre tre, uno due tre, quattro cinque sei sette.|+393331234567",
        "zero due uno due tre quattro cinque sei sette otto|+390212345678",
        "doppio tre tre uno due tre quattro cinque sei sette|+393331234567",
        "triplo tre uno due tre quattro cinque sei sette|+393331234567",
        "tre tre tre dodici trentaquattro cinquantasei sette|+393331234567",
        "zero due ottantotto quarantacinque dieci novanta|+390288451090",
        "tre tre tre ehm uno due tre quattro cinque sei sette|+393331234567",
        "tre tre tre e uno due tre quattro cinque sei sette|+393331234567",
        "piu trentanove tre tre tre uno due tre quattro cinque sei sette|+393331234567",
        "+39 333 1234567|+393331234567",
        "ho 82 anni e il mio numero e 333 1234567|+393331234567",
        "sono nata nel 1942 il numero e zero due uno due tre quattro cinque sei sette otto|+390212345678",
        "333 1234567 ripeto 333 1234567|+393331234567",
    })
    void fromSpeechFindsTheNumberInWhatTheRecogniserWrote(String heard, String normalised) {
        assertThat(PhoneNumber.fromSpeech(heard)).contains(new PhoneNumber(normalised));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "non mi ricordo il numero",
        "tre tre tre uno due tre",
        "cinque cinque cinque uno due tre quattro cinque sei sette",
        "tre tre tre uno due tre quattro cinque sei sette otto nove",
        "333 1234567 oppure 02 12345678",
        "piu quarantaquattro due zero sette nove quattro sei zero nove cinque otto",
        "il mio numero e tre tre tre",
    })
    void fromSpeechIsEmptyWithoutExactlyOneValidNumber(String heard) {
        assertThat(PhoneNumber.fromSpeech(heard)).isEmpty();
    }
}
