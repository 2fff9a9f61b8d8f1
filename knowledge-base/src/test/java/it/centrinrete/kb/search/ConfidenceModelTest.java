package it.centrinrete.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the fitted confidence model makes of evidence shaped like real questions'. */
class ConfidenceModelTest {
    private static final ConfidenceModel MODEL = ConfidenceModel.DEFAULT;

    @Test
    void aSoleSubjectTheEntryOnlyMentionsInPassingIsNoAnswer() {
        // given: "quanto costa la benzina oggi" meets petrol in one line of a service's costs
        Evidence passing = new Evidence(0.7, 0.7, 0, 1, 0, 0, 0, 1, 0.84);
        // and "le vedovelle" names the one entry about the city's drinking fountains
        Evidence named = new Evidence(1, 1, 0, 1, 1, 1, 0, 0, 1);

        // then
        assertThat(passing.soleSubjectNotNamed()).isTrue();
        assertThat(named.soleSubjectNotNamed()).isFalse();
        assertThat(MODEL.probability(passing)).isLessThan(MODEL.threshold());
        assertThat(MODEL.probability(named)).isGreaterThan(MODEL.threshold());
    }

    @Test
    void aPassingMentionBesideAnotherSubjectIsAnotherCase() {
        Evidence twoSubjects = new Evidence(0.7, 0.7, 0, 2, 0, 0, 0, 1, 0.84);
        Evidence nothingFound = Evidence.NONE;

        assertThat(twoSubjects.soleSubjectNotNamed()).isFalse();
        assertThat(nothingFound.soleSubjectNotNamed()).isFalse();
    }
}
