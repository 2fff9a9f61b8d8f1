package it.centrinrete.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The off-screen warm-up of the conversation screen: no window, no server, no background work. */
@ExtendWith(ApplicationExtension.class)
class ConversationWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void rendersTheConversationOffScreenWithoutAWindowAServerOrAVoice() {
        // given
        int windows = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Window.getWindows().size());
        // when: its controller has no server and an executor that refuses work, so any call would throw
        long ms = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> ConversationWarmUp.run(ScreenSettings.defaults()));
        // then
        assertThat(ms).isNotNegative();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Window.getWindows().size())).isEqualTo(windows);
    }
}
