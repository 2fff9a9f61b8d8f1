package it.centrinrete.kiosk.config;

/** A setting is missing or wrong; the message names the key (and its environment variable) and says what is expected. */
public final class InvalidSettingsException extends RuntimeException {
    public InvalidSettingsException(String message) {
        super(message);
    }
}
