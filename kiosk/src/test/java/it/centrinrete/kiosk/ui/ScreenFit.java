package it.centrinrete.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * Whether a laid-out screen fits the kiosk's 1280×800: every control and text inside the window, no text cut short
 * (an ellipsis instead of its words), no two buttons on top of each other. What sits in a scroll pane may go past the
 * window; the idle warning's overlay is a layer of its own above the screen.
 */
final class ScreenFit {
    private static final double TOLERANCE = 0.5;

    private ScreenFit() {
    }

    static void check(String where, Parent root, List<String> problems) {
        List<List<Button>> layers = new ArrayList<>();
        layers.add(new ArrayList<>());
        walk(where, root, layers, layers.get(0), problems);
        for (List<Button> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                for (int j = i + 1; j < layer.size(); j++) {
                    Bounds a = bounds(layer.get(i));
                    Bounds b = bounds(layer.get(j));
                    if (overlap(a, b)) {
                        problems.add(where + ": #" + layer.get(i).getId() + " overlaps #" + layer.get(j).getId());
                    }
                }
            }
        }
    }

    private static void walk(String where, Node node, List<List<Button>> layers, List<Button> layer, List<String> problems) {
        if (!node.isVisible() || node instanceof ScrollPane) {
            return;
        }
        List<Button> mine = layer;
        if (node.getStyleClass().contains("overlay")) {
            mine = new ArrayList<>();
            layers.add(mine);
        }
        if (node instanceof Labeled l) {
            Bounds b = bounds(l);
            String name = where + ": " + l.getClass().getSimpleName() + "#" + l.getId() + " '" + l.getText() + "'";
            if (b.getMinX() < -TOLERANCE || b.getMinY() < -TOLERANCE || b.getMaxX() > KioskApp.WIDTH + TOLERANCE
                    || b.getMaxY() > KioskApp.HEIGHT + TOLERANCE) {
                problems.add(name + " is outside the window: " + b);
            }
            String shown = shownText(l);
            if (l.getText() != null && !l.getText().isEmpty() && shown != null && !shown.equals(l.getText())) {
                problems.add(name + " is cut short: '" + shown + "'");
            }
            if (l.getGraphic() != null && !contains(b, bounds(l.getGraphic()))) {
                problems.add(name + " is too small for what it shows: " + bounds(l.getGraphic()) + " in " + b);
            }
            if (l instanceof Button button) {
                mine.add(button);
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(where, child, layers, mine, problems);
            }
        }
    }

    /** The text the skin draws (its Text child), which ends in an ellipsis when the words do not fit. */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return null;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getMinX() + TOLERANCE < b.getMaxX() && b.getMinX() + TOLERANCE < a.getMaxX()
                && a.getMinY() + TOLERANCE < b.getMaxY() && b.getMinY() + TOLERANCE < a.getMaxY();
    }
}
