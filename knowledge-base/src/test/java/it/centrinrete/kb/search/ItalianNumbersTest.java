package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItalianNumbersTest {

    @Test
    void wordsOfOneNumberBecomeItsDigits() {
        assertThat(ItalianNumbers.toDigits(List.of("numero", "mille", "cinquecento", "ventidue")))
            .containsExactly("numero", "1522");
        assertThat(ItalianNumbers.toDigits(List.of("centodiciotto"))).containsExactly("118");
        assertThat(ItalianNumbers.toDigits(List.of("cinque", "mila", "euro"))).containsExactly("5000", "euro");
    }

    @Test
    void aTenThatLostItsVowelBeforeAnotherWordIsStillATen() {
        // "ho settant'anni": the apostrophe leaves "settant" on its own
        assertThat(ItalianNumbers.toDigits(List.of("ho", "settant", "anni"))).containsExactly("ho", "70", "anni");
        assertThat(ItalianNumbers.parse("vent")).isEqualTo(20);
        assertThat(ItalianNumbers.parse("ottant")).isEqualTo(80);
    }

    @Test
    void compoundNumbersAreRead() {
        assertThat(ItalianNumbers.parse("ventuno")).isEqualTo(21);
        assertThat(ItalianNumbers.parse("trentotto")).isEqualTo(38);
        assertThat(ItalianNumbers.parse("ventitre")).isEqualTo(23);
        assertThat(ItalianNumbers.parse("duemilaventisei")).isEqualTo(2026);
        assertThat(ItalianNumbers.parse("millecinquecentoventidue")).isEqualTo(1522);
        assertThat(ItalianNumbers.parse("trecento")).isEqualTo(300);
    }

    @Test
    void wordsThatOnlyLookLikeNumbersStayWords() {
        assertThat(ItalianNumbers.parse("centro")).isEqualTo(-1);
        assertThat(ItalianNumbers.parse("trenta1")).isEqualTo(-1);
        assertThat(ItalianNumbers.toDigits(List.of("sei", "aperto"))).containsExactly("sei", "aperto");
        assertThat(ItalianNumbers.toDigits(List.of("una", "visita"))).containsExactly("una", "visita");
    }

    @Test
    void aThousandThanksIsNoNumber() {
        assertThat(ItalianNumbers.toDigits(List.of("grazie", "mille"))).containsExactly("grazie", "mille");
        assertThat(ItalianNumbers.toDigits(List.of("mille", "euro"))).containsExactly("1000", "euro");
    }

    @Test
    void aNumberReadInGroupsStaysInGroups() {
        // the out-of-hours doctor's 116117, read out as people read phone numbers
        assertThat(ItalianNumbers.toDigits(List.of("cento", "sedici", "cento", "diciassette")))
            .containsExactly("116", "117");
        assertThat(ItalianNumbers.toDigits(List.of("venti", "tre"))).containsExactly("23");
        assertThat(ItalianNumbers.toDigits(List.of("tre", "venti"))).containsExactly("3", "20");
        assertThat(ItalianNumbers.toDigits(List.of("mille", "cinquecento", "ventidue", "mille")))
            .containsExactly("1522", "1000");
        assertThat(ItalianNumbers.toDigits(List.of("zero", "due"))).containsExactly("0", "2");
    }

    @Test
    void andBetweenNumbersKeepsThemApart() {
        assertThat(ItalianNumbers.toDigits(List.of("alle", "tre", "e", "mezza"))).containsExactly("alle", "3", "e", "mezza");
    }
}
