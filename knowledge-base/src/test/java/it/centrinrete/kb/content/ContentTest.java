package it.centrinrete.kb.content;

import static org.assertj.core.api.Assertions.assertThat;

import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.SampleContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {
    private final Content sample = ContentFormats.loader().load(SampleContent.folder()).content();

    @Test
    void theActivitiesAtACentreAreThoseHeldThereInContentOrder() {
        for (Centre centre : sample.all(Centre.class)) {
            List<Activity> held = sample.stream(Activity.class).filter(activity -> activity.centre().equals(centre.id())).toList();

            assertThat(sample.activitiesAt(centre.id())).as(centre.id()).containsExactlyElementsOf(held);
        }
        assertThat(sample.activitiesAt("csrc-zante")).isNotEmpty();
    }

    @Test
    void aCentreWithoutActivitiesOrAnUnknownIdHasNone() {
        assertThat(sample.activitiesAt("no-such-centre")).isEmpty();
        assertThat(Content.empty().activitiesAt("csrc-zante")).isEmpty();
    }

    @Test
    void aChangedContentKnowsItsOwnActivities() {
        // given: asked once, so the centres' activities are worked out
        Activity first = sample.activitiesAt("csrc-zante").get(0);

        // when
        Content without = sample.without(first.id());

        // then
        assertThat(without.activitiesAt("csrc-zante")).doesNotContain(first);
        assertThat(sample.activitiesAt("csrc-zante")).contains(first);
    }

    @Test
    void aServiceIsWhereverItIsOfferedAndAnActivityAtItsCentre() {
        GeoPoint calvairate = sample.find("biblioteca-calvairate", Centre.class).orElseThrow().location();
        GeoPoint chiesaRossa = sample.find("biblioteca-chiesa-rossa", Centre.class).orElseThrow().location();
        Entry service = sample.find("facilitazione-digitale").orElseThrow();
        Activity activity = sample.stream(Activity.class).findFirst().orElseThrow();

        assertThat(sample.locationsOf(service)).containsExactlyInAnyOrder(calvairate, chiesaRossa);
        assertThat(sample.locationsOf(activity))
            .containsExactly(sample.find(activity.centre(), Centre.class).orElseThrow().location());
        assertThat(sample.locationsOf(sample.stream(Faq.class).findFirst().orElseThrow())).isEmpty();
    }
}
