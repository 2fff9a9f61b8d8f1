package it.centrinrete.kiosk.ui;

import static it.centrinrete.kiosk.ui.KioskView.button;
import static it.centrinrete.kiosk.ui.KioskView.grow;
import static it.centrinrete.kiosk.ui.KioskView.label;
import static it.centrinrete.kiosk.ui.KioskView.row;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The tour's stop on an answer: the conversation screen with an example answer, marked "Esempio" above it, its
 * "Ripeti" and "Più piano" real buttons, and the tour's bubble. The example is fixed words, not the person's
 * conversation: the model's question and answer are not touched, and nothing of it is sent anywhere.
 */
final class TourExampleView {
    private final KioskController controller;
    private final Messages msg = Messages.italian();

    TourExampleView(KioskController controller) {
        this.controller = controller;
    }

    Node build(Node bubble) {
        Label example = label(msg.get("tour.example"), "warning");
        example.setId("tour-example");
        example.setMaxWidth(Double.MAX_VALUE);
        Label answer = label(msg.get("tour.exampleAnswer"), "answer");
        answer.setId("tour-example-answer");
        answer.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(answer);
        card.getStyleClass().add("answer-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        // the buttons beside the answer, not under it as on the real screen: at the largest text the bubble needs the room
        Node answerRow = row(16, card,
                button("repeat", msg.get("conversation.repeat"), controller::repeat),
                button("slower", msg.get("conversation.slower"), controller::slower));
        return new VBox(8, example, answerRow, grow(), bubble);
    }
}
