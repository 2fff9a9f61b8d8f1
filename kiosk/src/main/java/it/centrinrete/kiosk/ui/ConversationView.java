package it.centrinrete.kiosk.ui;

import static it.centrinrete.kiosk.ui.KioskView.button;
import static it.centrinrete.kiosk.ui.KioskView.grow;
import static it.centrinrete.kiosk.ui.KioskView.label;
import static it.centrinrete.kiosk.ui.KioskView.row;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The conversation screen: the question, the answer in large type, suggestions, "Ripeti", "Più piano". Built whole by
 * {@link #build()}; when only the conversation changes (an answer arrives, a new question is sent) {@link #update()}
 * changes the words and the suggestions in place, so an answer does not pay for a new screen (its CSS and layout).
 * JavaFX thread only, like every view.
 */
final class ConversationView {
    private static final int SUGGESTION_GAP = 12;

    private final KioskModel model;
    private final KioskController controller;
    private final Messages msg = Messages.italian();
    private VBox box;
    private HBox questionRow;
    private Label asked;
    private Label offline;
    private Label answer;
    private Node scroll;
    private HBox suggestions;
    private Node actions;
    private List<String> shownSuggestions = List.of();

    ConversationView(KioskModel model, KioskController controller) {
        this.model = model;
        this.controller = controller;
    }

    /** A new conversation screen, showing the model. */
    Node build() {
        asked = label("");
        asked.setId("question");
        HBox.setHgrow(asked, Priority.ALWAYS);
        asked.setMaxWidth(Double.MAX_VALUE);
        Button wrong = button("wrong", msg.get("conversation.wrong"), controller::wrongQuestion);
        wrong.getStyleClass().add("light-button");
        questionRow = row(16, asked, wrong);
        offline = label(msg.get("conversation.offlineNote"), "warning");
        offline.setId("offline");
        answer = label("", "answer");
        answer.setId("answer");
        answer.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(answer);
        card.getStyleClass().add("answer-card");
        ScrollPane pane = new ScrollPane(card);
        pane.setFitToWidth(true);
        VBox.setVgrow(pane, Priority.ALWAYS);
        scroll = pane;
        suggestions = new HBox(SUGGESTION_GAP);
        shownSuggestions = List.of();
        actions = row(16,
                button("repeat", msg.get("conversation.repeat"), controller::repeat),
                button("slower", msg.get("conversation.slower"), controller::slower),
                grow(),
                button("talk", msg.get("conversation.talk"), controller::startListening),
                button("other", msg.get("conversation.other"), controller::startWriting));
        box = new VBox(14, scroll, actions);
        update();
        return box;
    }

    /** Shows the model's question, answer and suggestions on the screen {@link #build()} made. */
    void update() {
        String question = model.question.get();
        asked.setText(msg.get("conversation.youAsked") + " «" + question + "»");
        String text = model.busy.get() ? msg.get("conversation.busy") : model.answerText.get();
        if (!text.equals(answer.getText())) {
            answer.setText(text);
        }
        List<String> wanted = List.copyOf(model.suggestions.subList(0, Math.min(model.rowsPerPage(), model.suggestions.size())));
        if (!wanted.equals(shownSuggestions)) {
            suggestions.getChildren().clear();
            // as many suggestions as list rows fit at this text size (3, 2, 1), side by side, their words wrapped
            for (int i = 0; i < wanted.size(); i++) {
                String s = wanted.get(i);
                Button b = button("suggestion-" + i, s, () -> controller.tapSuggestion(s));
                b.getStyleClass().add("light-button");
                b.setMaxWidth((KioskApp.WIDTH - 40 - SUGGESTION_GAP * (wanted.size() - 1)) / wanted.size());
                suggestions.getChildren().add(b);
            }
            shownSuggestions = wanted;
        }
        present(questionRow, !question.isEmpty());
        present(offline, model.offline.get());
        present(scroll, true);
        present(suggestions, !wanted.isEmpty());
        present(actions, true);
    }

    /** Puts a part on the screen, in its place, or takes it off; the others stay as they are (and keep their CSS). */
    private void present(Node part, boolean shown) {
        List<Node> children = box.getChildren();
        if (!shown) {
            children.remove(part);
            return;
        }
        if (children.contains(part)) {
            return;
        }
        List<Node> order = List.of(questionRow, offline, scroll, suggestions, actions);
        int index = 0;
        for (Node n : order.subList(0, order.indexOf(part))) {
            if (children.contains(n)) {
                index++;
            }
        }
        children.add(index, part);
    }
}
