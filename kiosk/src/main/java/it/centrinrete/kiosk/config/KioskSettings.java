package it.centrinrete.kiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How this kiosk is set up. Each key is read from, in increasing precedence: the properties file named by
 * {@code kiosk.config} (system property or {@code KIOSK_CONFIG}), system properties ({@code -Dkiosk.token=…}), then
 * environment variables ({@code KIOSK_TOKEN}: upper case, dots and dashes as underscores), so a service unit's
 * environment can override a file baked into the image.
 *
 * @param server the assistant server's base URI, e.g. {@code https://assistente.example.it}
 * @param token the bearer token the server issued to this kiosk
 * @param centre the id of the centre the kiosk stands in
 * @param dataDir where the kiosk keeps its outbox, outcomes, snapshot and caches
 * @param voskModel the speech recognition model folder; null when speech input is not set up
 * @param idleSeconds after this long without a touch or a word the screen starts over
 * @param warningSeconds how long before that the "are you still there?" warning shows
 * @param tutorPin digits that open the tutor's panel; null when the panel is disabled
 * @param speechRate speaking rate, 1.0 normal; older listeners often prefer a little slower
 * @param piperBinary the Piper speech synthesiser's binary, a name on the PATH or a path
 * @param piperModel the Piper voice model ({@code .onnx}); null when the kiosk speaks with espeak-ng
 */
public record KioskSettings(URI server, String token, String centre, Path dataDir, Path voskModel, boolean fullscreen,
                            int idleSeconds, int warningSeconds, String tutorPin, double speechRate, String piperBinary,
                            Path piperModel) {
    public static final String SERVER = "kiosk.server";
    public static final String TOKEN = "kiosk.token";
    public static final String CENTRE = "kiosk.centre";
    public static final String DATA_DIR = "kiosk.data-dir";
    public static final String VOSK_MODEL = "kiosk.vosk-model";
    public static final String FULLSCREEN = "kiosk.fullscreen";
    public static final String IDLE_SECONDS = "kiosk.idle-seconds";
    public static final String WARNING_SECONDS = "kiosk.warning-seconds";
    public static final String TUTOR_PIN = "kiosk.tutor-pin";
    public static final String SPEECH_RATE = "kiosk.speech-rate";
    public static final String PIPER_BINARY = "kiosk.piper.binary";
    public static final String PIPER_MODEL = "kiosk.piper.model";
    public static final String CONFIG_FILE = "kiosk.config";

    private static final List<String> KEYS = List.of(SERVER, TOKEN, CENTRE, DATA_DIR, VOSK_MODEL, FULLSCREEN, IDLE_SECONDS,
        WARNING_SECONDS, TUTOR_PIN, SPEECH_RATE, PIPER_BINARY, PIPER_MODEL);
    /** Shorter than this the warning cannot be read aloud and answered by a slow reader. */
    private static final int MIN_WARNING_SECONDS = 20;
    /** The server refuses shorter tokens; failing here says so at start-up rather than at the first question. */
    private static final int MIN_TOKEN_LENGTH = 16;

    public KioskSettings {
        require(server != null, SERVER, "is required");
        require(token != null && token.strip().length() >= MIN_TOKEN_LENGTH, TOKEN,
            "is required: the kiosk token the server's operators issued (at least " + MIN_TOKEN_LENGTH + " characters)");
        require(centre != null && !centre.isBlank(), CENTRE, "is required: the id of this kiosk's centre, e.g. csrc-zante");
        require(dataDir != null, DATA_DIR, "is required");
        require(idleSeconds > 0, IDLE_SECONDS, "must be a positive number of seconds, not " + idleSeconds);
        require(warningSeconds >= MIN_WARNING_SECONDS, WARNING_SECONDS,
            "must be at least " + MIN_WARNING_SECONDS + " seconds, not " + warningSeconds);
        require(warningSeconds < idleSeconds, WARNING_SECONDS,
            "(" + warningSeconds + ") must be shorter than " + IDLE_SECONDS + " (" + idleSeconds + ")");
        require(tutorPin == null || tutorPin.matches("\\d{4,8}"), TUTOR_PIN, "must be 4 to 8 digits");
        require(speechRate >= 0.5 && speechRate <= 2.0, SPEECH_RATE, "must be between 0.5 and 2.0, not " + speechRate);
        require(piperBinary != null && !piperBinary.isBlank(), PIPER_BINARY,
            "is required: the piper program, e.g. piper or /opt/piper/piper");
        if (piperModel != null) {
            // a voice that cannot be found would silently leave the kiosk on espeak-ng: say so at start-up instead
            require(piperModel.getFileName() != null && piperModel.getFileName().toString().endsWith(".onnx"), PIPER_MODEL,
                "must name a Piper voice model ending in .onnx, e.g. /opt/piper/voices/it_IT-paola-medium.onnx, not '"
                    + piperModel + "'");
            require(Files.isRegularFile(piperModel), PIPER_MODEL, "names " + piperModel + ", which does not exist or is not a file");
        }
        token = token.strip();
        centre = centre.strip();
        piperBinary = piperBinary.strip();
    }

    /** The settings of this process: its properties file, system properties and environment. */
    public static KioskSettings load() {
        return load(System.getProperties(), System.getenv());
    }

    /** The settings from the given system properties and environment (and the file they name). */
    public static KioskSettings load(Properties system, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        String file = first(environmentName(CONFIG_FILE), environment, system.getProperty(CONFIG_FILE));
        if (file != null && !file.isBlank()) {
            values.putAll(readFile(path(CONFIG_FILE, file)));
        }
        for (String key : KEYS) {
            String value = first(environmentName(key), environment, system.getProperty(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        return from(values);
    }

    /** The settings from plain key-value pairs; missing keys take their defaults. */
    public static KioskSettings from(Map<String, String> values) {
        String voskModel = text(values, VOSK_MODEL, null);
        String piperModel = text(values, PIPER_MODEL, null);
        return new KioskSettings(
            uri(text(values, SERVER, "http://localhost:8080")),
            text(values, TOKEN, null),
            text(values, CENTRE, "csrc-zante"),
            path(DATA_DIR, text(values, DATA_DIR, "~/.centrinrete-kiosk")),
            voskModel == null ? null : path(VOSK_MODEL, voskModel),
            bool(FULLSCREEN, text(values, FULLSCREEN, "false")),
            integer(IDLE_SECONDS, text(values, IDLE_SECONDS, "90")),
            integer(WARNING_SECONDS, text(values, WARNING_SECONDS, "25")),
            text(values, TUTOR_PIN, null),
            decimal(SPEECH_RATE, text(values, SPEECH_RATE, "1.0")),
            text(values, PIPER_BINARY, "piper"),
            piperModel == null ? null : path(PIPER_MODEL, piperModel));
    }

    /** {@code kiosk.data-dir} → {@code KIOSK_DATA_DIR}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static String first(String environmentKey, Map<String, String> environment, String fallback) {
        String value = environment.get(environmentKey);
        return value != null ? value : fallback;
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidSettingsException(CONFIG_FILE + " names " + file + ", which cannot be read: " + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            // a misspelt key would otherwise be silently ignored and its default used
            if (!KEYS.contains(key)) {
                throw new InvalidSettingsException(file + ": unknown key '" + key + "'; the keys are " + KEYS);
            }
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    private static String text(Map<String, String> values, String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static URI uri(String text) {
        try {
            URI uri = new URI(text);
            require(("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null, SERVER,
                "must be an http:// or https:// address such as http://localhost:8080, not '" + text + "'");
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(SERVER, "is not an address: '" + text + "' (" + e.getReason() + ")");
        }
    }

    private static Path path(String key, String text) {
        String expanded = text.equals("~") || text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text;
        try {
            return Path.of(expanded);
        } catch (InvalidPathException e) {
            throw invalid(key, "is not a valid path: '" + text + "'");
        }
    }

    private static boolean bool(String key, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw invalid(key, "must be true or false, not '" + text + "'");
        };
    }

    private static int integer(String key, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(key, "must be a whole number of seconds, not '" + text + "'");
        }
    }

    private static double decimal(String key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw invalid(key, "must be a number such as 0.9, not '" + text + "'");
        }
    }

    private static void require(boolean condition, String key, String problem) {
        if (!condition) {
            throw invalid(key, problem);
        }
    }

    private static InvalidSettingsException invalid(String key, String problem) {
        return new InvalidSettingsException(key + " (" + environmentName(key) + ") " + problem);
    }

    @Override
    public String toString() {
        // the token is a credential: never in a log line
        return "KioskSettings[server=" + server + ", centre=" + centre + ", dataDir=" + dataDir + ", voskModel=" + voskModel
            + ", fullscreen=" + fullscreen + ", idleSeconds=" + idleSeconds + ", warningSeconds=" + warningSeconds
            + ", tutorPin=" + (tutorPin == null ? "none" : "set") + ", speechRate=" + speechRate + ", piperBinary=" + piperBinary
            + ", piperModel=" + piperModel + "]";
    }
}
