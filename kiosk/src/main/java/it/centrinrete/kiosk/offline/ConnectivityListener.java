package it.centrinrete.kiosk.offline;

/**
 * Told when the kiosk loses or finds its server. Called on whichever thread noticed (a caller's, or the background
 * sender's), never the JavaFX thread by design: a listener that touches the screen hands over with
 * {@code Platform.runLater}.
 */
@FunctionalInterface
public interface ConnectivityListener {
    void connectivityChanged(boolean online);
}
