package it.centrinrete.server.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentTest {

    @Test
    void courtesyDoesNotHideAMove() {
        assertThat(Intent.of("Ripeti, per favore!")).isEqualTo(Intent.REPEAT);
        assertThat(Intent.of("scusi, più piano")).isEqualTo(Intent.SLOWER);
        assertThat(Intent.of("Avanti per piacere")).isEqualTo(Intent.NEXT_STEP);
    }

    @Test
    void greetingsAndThanksAreRecognisedOnlyAlone() {
        assertThat(Intent.of("Buongiorno!")).isEqualTo(Intent.GREETING);
        assertThat(Intent.of("grazie mille")).isEqualTo(Intent.THANKS);
        assertThat(Intent.of("buongiorno, a che ora apre il centro?")).isEqualTo(Intent.OPENING_HOURS);
    }

    @Test
    void askingForAPersonIsAnOperatorCallAnywhereInTheSentence() {
        assertThat(Intent.of("va bene, chiami un operatore")).isEqualTo(Intent.CALL_OPERATOR);
        assertThat(Intent.of("voglio parlare con una persona")).isEqualTo(Intent.CALL_OPERATOR);
    }

    @Test
    void hoursAndPlacesAreTold() {
        assertThat(Intent.of("a che ora chiude la biblioteca?")).isEqualTo(Intent.OPENING_HOURS);
        assertThat(Intent.of("dov'è la casa di comunità?")).isEqualTo(Intent.WHERE_IS);
        assertThat(Intent.of("chi mi porta la spesa")).isEqualTo(Intent.INFORMATION);
    }

    @Test
    void bookingWishesCancellationsAndOwnBookingsAreTold() {
        assertThat(Intent.of("vorrei iscrivermi alla ginnastica dolce di martedì")).isEqualTo(Intent.BOOK);
        assertThat(Intent.of("mi può prenotare per la tombola?")).isEqualTo(Intent.BOOK);
        assertThat(Intent.of("vorrei cancellare la prenotazione")).isEqualTo(Intent.CANCEL_BOOKING);
        assertThat(Intent.of("la prenotazione la devo annullare")).isEqualTo(Intent.CANCEL_BOOKING);
        assertThat(Intent.of("giovedì non posso più venire")).isEqualTo(Intent.CANCEL_BOOKING);
        assertThat(Intent.of("quali sono le mie prenotazioni?")).isEqualTo(Intent.MY_BOOKINGS);
        assertThat(Intent.of("a cosa sono iscritta?")).isEqualTo(Intent.MY_BOOKINGS);
    }
}
