package it.centrinrete.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolderTest {

    @Test
    void aNameAndAPhoneMakeAHolderKeyedByThePhone() {
        Holder holder = Holder.of("  Maria   Rossi ", "333 123 4567", null);

        assertThat(holder.name()).isEqualTo("Maria Rossi");
        assertThat(holder.phone()).isEqualTo(PhoneNumber.parse("+39 333 1234567"));
        assertThat(holder.card()).isNull();
        assertThat(holder.key()).isEqualTo("tel:+393331234567");
        assertThat(holder.displayName()).isEqualTo("Maria Rossi");
    }

    @Test
    void theSamePhoneWrittenDifferentlyIsTheSamePerson() {
        assertThat(Holder.of("Maria Rossi", "333-1234567", null).key())
            .isEqualTo(Holder.of("Maria", "0039 333 123 4567", "").key());
    }

    @Test
    void aCardAloneMakesAHolderShownByTheEndOfTheCard() {
        Holder holder = Holder.of(null, null, " mi-2024-0815 ");

        assertThat(holder.card()).isEqualTo("MI-2024-0815");
        assertThat(holder.name()).isNull();
        assertThat(holder.phone()).isNull();
        assertThat(holder.key()).isEqualTo("card:MI-2024-0815");
        assertThat(holder.displayName()).isEqualTo("Tessera …0815");
    }

    @Test
    void whenACardIsGivenItIsTheKeyEvenWithAPhone() {
        Holder holder = Holder.of("Giuseppe Verdi", "02 1234 5678", "MI20240815");

        assertThat(holder.key()).isEqualTo("card:MI20240815");
        assertThat(holder.displayName()).isEqualTo("Giuseppe Verdi");
        assertThat(holder.phone().normalised()).isEqualTo("+390212345678");
    }

    @Test
    void blankFieldsCountAsMissing() {
        Holder holder = Holder.of("   ", "  ", "ABCD");

        assertThat(holder.name()).isNull();
        assertThat(holder.phone()).isNull();
        assertThat(holder.displayName()).isEqualTo("Tessera …ABCD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D'Angelo", "Anna Maria De Santis", "Jean-Luc", "dott. Bianchi", "Zoë", "Nguyễn Văn An", "Łukasz",
        "Ng", "Maria D’Amico", "Μαρία", "Олена"})
    void namesOfAnyScriptAreAccepted(String name) {
        assertThat(Holder.of(name, "3331234567", null).name()).isEqualTo(name);
    }

    @Test
    void aDecomposedAccentIsStoredComposed() {
        assertThat(Holder.of("Nicole\u0300", "3331234567", null).name()).isEqualTo("Nicolè");
    }

    @Test
    void aNameOfEightyCharactersIsAcceptedAndEightyOneIsNot() {
        assertThat(Holder.of("A".repeat(80), "3331234567", null).name()).hasSize(80);
        assertThatThrownBy(() -> Holder.of("A".repeat(81), "3331234567", null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("name"))
            .hasMessageContaining("2 to 80 characters")
            .hasMessageEndingWith(" has 81");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "M|a name has 2 to 80 characters, 'M' has 1",
        "Mario3|'Mario3' is not a name",
        "Mario <script>|'Mario <script>' is not a name",
        "Rossi, Mario|'Rossi, Mario' is not a name",
        "--|'--' is not a name",
        "'.|''.' is not a name",
        "mario@example.com|'mario@example.com' is not a name",
    })
    void badNamesAreRejectedNamingTheField(String name, String message) {
        assertThatThrownBy(() -> Holder.of(name, "3331234567", null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("name"))
            .hasMessageStartingWith("name: " + message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC", "MI 2024", "MI_2024", "TESSERA#1", "ÀBCDE", "A234567890123456789012345678901234"})
    void badCardsAreRejectedNamingTheField(String card) {
        assertThatThrownBy(() -> Holder.of("Maria Rossi", null, card))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("card"))
            .hasMessageStartingWith("card: '" + card + "' is not a membership card number");
    }

    @Test
    void aCardOfThirtyTwoCharactersIsAccepted() {
        assertThat(Holder.of(null, null, "a".repeat(32)).card()).isEqualTo("A".repeat(32));
    }

    @Test
    void aBadPhoneIsRejectedNamingThePhone() {
        assertThatThrownBy(() -> Holder.of("Maria Rossi", "12345", null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"))
            .hasMessageStartingWith("phone: '12345' is not an Italian phone number");
    }

    @Test
    void withoutPhoneAndCardThereIsNoHolder() {
        assertThatThrownBy(() -> Holder.of("Maria Rossi", null, null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"))
            .hasMessage("phone: a booking needs a name and a phone number, or a membership card");
        assertThatThrownBy(() -> Holder.of(null, "", " "))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }

    @Test
    void aPhoneWithoutANameIsNotEnough() {
        assertThatThrownBy(() -> Holder.of(" ", "3331234567", null))
            .isInstanceOfSatisfying(InvalidBookingException.class, e -> assertThat(e.field()).isEqualTo("name"))
            .hasMessage("name: a booking with a phone number needs the holder's name");
    }

    @Test
    void theConstructorCleansAndChecksLikeOf() {
        PhoneNumber phone = PhoneNumber.parse("3331234567");

        assertThat(new Holder(" Maria  Rossi ", phone, null)).isEqualTo(Holder.of("Maria Rossi", "3331234567", null));
        assertThat(new Holder(null, null, "mi-2024")).isEqualTo(Holder.of(null, null, "MI-2024"));
        assertThatThrownBy(() -> new Holder("Maria Rossi", null, null)).isInstanceOf(InvalidBookingException.class);
        assertThatThrownBy(() -> new Holder("M4ria", phone, null)).isInstanceOf(InvalidBookingException.class);
    }

    @Test
    void toStringShowsNeitherTheNameNorTheWholePhoneOrCard() {
        String phoneHolder = Holder.of("Maria Rossi", "333 123 4567", null).toString();
        String cardHolder = Holder.of("Maria Rossi", null, "MI-2024-0815").toString();

        assertThat(phoneHolder).isEqualTo("Holder[tel *** *** 4567]").doesNotContain("Maria", "333");
        assertThat(cardHolder).isEqualTo("Holder[card …0815]").doesNotContain("Maria", "MI-2024");
    }
}
