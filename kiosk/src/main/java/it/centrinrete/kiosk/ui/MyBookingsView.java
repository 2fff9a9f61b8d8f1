package it.centrinrete.kiosk.ui;

import static it.centrinrete.kiosk.ui.KioskView.button;
import static it.centrinrete.kiosk.ui.KioskView.grow;
import static it.centrinrete.kiosk.ui.KioskView.label;
import static it.centrinrete.kiosk.ui.KioskView.row;

import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The "le mie prenotazioni" list: one booking per large row, its status in words, "Annulla questa" beside it. */
final class MyBookingsView {
    private final KioskView view;
    private final KioskModel model;
    private final KioskController controller;
    private final Messages msg = Messages.italian();

    MyBookingsView(KioskView view, KioskModel model, KioskController controller) {
        this.view = view;
        this.model = model;
        this.controller = controller;
    }

    Node list() {
        MyBookings flow = controller.myBookings();
        VBox box = new VBox(6, view.noticeOr(msg.get("mine.title")));
        HeldBookings found = model.myBookings.get();
        if (model.busy.get() || found == null) {
            box.getChildren().add(label(msg.get("mine.searching")));
            return box;
        }
        if (found.bookings().isEmpty()) {
            Label none = label(msg.get("mine.none"), "title");
            none.setId("mine-none");
            box.getChildren().add(none);
        }
        List<HeldBookings.Held> page = flow.currentPage();
        for (int i = 0; i < page.size(); i++) {
            HeldBookings.Held held = page.get(i);
            BookingReceipt r = held.receipt();
            Label title = label(r.title() == null ? "" : r.title(), "title");
            Label when = label(Formats.when(r.start()));
            Label status = label(flow.status(r));
            status.setId("mine-status-" + i);
            VBox text = new VBox(2, title, when);
            if (r.centreName() != null) {
                // where to go: a booking may be at another centre than this kiosk's
                Label where = label(r.centreName());
                where.setId("mine-where-" + i);
                text.getChildren().add(where);
            }
            text.getChildren().add(status);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = row(20, text);
            if (MyBookings.cancellable(held)) {
                Button cancel = button("mine-cancel-" + i, msg.get("mine.cancelOne"), () -> controller.cancelHeld(held));
                cancel.getStyleClass().add("light-button");
                line.getChildren().add(cancel);
            }
            line.getStyleClass().add("row");
            box.getChildren().add(line);
        }
        box.getChildren().add(grow());
        HBox bottom = row(20, button("repeat", msg.get("conversation.repeat"), controller::repeat));
        if (flow.pageCount() > 1) {
            Button prev = button("mine-previous", msg.get("mine.previous"), controller::myBookingsPreviousPage);
            prev.setDisable(model.myBookingsPage.get() == 0);
            Button next = button("mine-next", msg.get("mine.next"), controller::myBookingsNextPage);
            next.setDisable(model.myBookingsPage.get() + 1 >= flow.pageCount());
            bottom.getChildren().addAll(prev, label(msg.get("mine.page", model.myBookingsPage.get() + 1, flow.pageCount())), next);
        }
        bottom.getChildren().addAll(grow(), button("done-home", msg.get("bar.home"), controller::goHome));
        box.getChildren().add(bottom);
        return box;
    }
}
