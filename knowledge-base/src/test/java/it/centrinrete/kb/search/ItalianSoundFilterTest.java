package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItalianSoundFilterTest {

    @Test
    void zAndSSoundAlikeSoARecognitionSlipStillMeets() {
        assertThat(ItalianSoundFilter.key("sante")).isEqualTo(ItalianSoundFilter.key("zante"));
    }

    @Test
    void hardCAndKAndQAreOneSound() {
        assertThat(ItalianSoundFilter.key("kiesa")).isEqualTo(ItalianSoundFilter.key("chiesa"));
        assertThat(ItalianSoundFilter.key("aqua")).isEqualTo(ItalianSoundFilter.key("acqua"));
    }

    @Test
    void doubleLettersCollapse() {
        assertThat(ItalianSoundFilter.key("ginastica")).isEqualTo(ItalianSoundFilter.key("ginnastica"));
        assertThat(ItalianSoundFilter.key("vacino")).isEqualTo(ItalianSoundFilter.key("vaccino"));
    }

    @Test
    void softAndHardCStayApart() {
        assertThat(ItalianSoundFilter.key("cena")).isNotEqualTo(ItalianSoundFilter.key("kena"));
        assertThat(ItalianSoundFilter.key("ciao")).isEqualTo(ItalianSoundFilter.key("cao").replace('k', 'c'));
    }

    @Test
    void silentHDisappears() {
        assertThat(ItalianSoundFilter.key("hanno")).isEqualTo(ItalianSoundFilter.key("anno"));
    }

    @Test
    void voicedAndVoicelessConsonantsMeet() {
        assertThat(ItalianSoundFilter.key("spit")).isEqualTo(ItalianSoundFilter.key("spid"));
    }
}
