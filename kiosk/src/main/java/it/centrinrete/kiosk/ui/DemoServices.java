package it.centrinrete.kiosk.ui;

import it.centrinrete.kiosk.net.AskReply;
import it.centrinrete.kiosk.net.AssistantPort;
import it.centrinrete.kiosk.net.BookingDraft;
import it.centrinrete.kiosk.net.BookingReceipt;
import it.centrinrete.kiosk.net.HeldBookings;
import it.centrinrete.kiosk.net.SessionSlot;
import it.centrinrete.kiosk.speech.SpeechIn;
import it.centrinrete.kiosk.speech.SpeechOut;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Stand-ins that let the UI run on a PC with no server, microphone or speaker: canned answers marked as demo,
 * speech written to the log. Not for a real centre.
 */
public final class DemoServices implements KioskServices {
    private static final Logger LOG = Logger.getLogger(DemoServices.class.getName());

    private final AssistantPort assistant = new DemoAssistant();
    private final SpeechOut speechOut = new SpeechOut() {
        @Override
        public void speak(String text, double rate) {
            LOG.info(() -> "[voce " + rate + "] " + text);
        }

        @Override
        public void stop() {
            // nothing is playing
        }

        @Override
        public void close() {
            // nothing to release
        }
    };
    private final SpeechIn speechIn = new SpeechIn() {
        @Override
        public void listen(List<String> phrases, Listener listener) {
            listener.failed("demo: no microphone");
        }

        @Override
        public void stop() {
            // not listening
        }

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void close() {
            // nothing to release
        }
    };

    @Override
    public AssistantPort assistant() {
        return assistant;
    }

    @Override
    public SpeechOut speechOut() {
        return speechOut;
    }

    @Override
    public SpeechIn speechIn() {
        return speechIn;
    }

    /** A few canned answers, clearly marked as a demo. */
    static final class DemoAssistant implements AssistantPort {
        @Override
        public AskReply ask(String text, String sessionId) {
            return new AskReply("demo", false, "demo", "(Prova) Lei ha chiesto: «" + text + "». Il server non è collegato.",
                    null, List.of(), List.of("Orari del centro", "Attività di oggi"), List.of(), true);
        }

        @Override
        public List<SessionSlot> activities(LocalDate from, LocalDate to, String centreId) {
            OffsetDateTime start = from.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(Formats.ROME).toOffsetDateTime();
            return List.of(
                    new SessionSlot("demo-1", "ginnastica", "Ginnastica dolce", "zante", "Centro Zante", start, start.plusHours(1),
                            20, 5, true, true),
                    new SessionSlot("demo-2", "burraco", "Torneo di burraco", "zante", "Centro Zante", start.plusDays(1),
                            start.plusDays(1).plusHours(2), 16, 0, true, true));
        }

        @Override
        public BookingReceipt book(BookingDraft draft) {
            return new BookingReceipt("DEMO01", BookingReceipt.QUEUED, draft.activitySessionId(), null, "Prova", "zante", "Centro Zante",
                0);
        }

        @Override
        public Optional<BookingReceipt> booking(String code) {
            // any code is a (pretend) booking, so the cancel screens can be looked at
            OffsetDateTime start = LocalDate.now(Formats.ROME).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(Formats.ROME)
                    .toOffsetDateTime();
            return Optional.of(new BookingReceipt(code, "CONFIRMED", "demo-1", start, "Ginnastica dolce", "zante", "Centro Zante", 0));
        }

        @Override
        public BookingReceipt cancel(String code) {
            return new BookingReceipt(code, "CANCELLED", null, null, null, null, 0);
        }

        @Override
        public HeldBookings bookingsFor(String phone) {
            // two pretend bookings for any number, one of each status, so the list can be looked at
            OffsetDateTime start = LocalDate.now(Formats.ROME).plusDays(1).atTime(LocalTime.of(10, 0)).atZone(Formats.ROME)
                    .toOffsetDateTime();
            return new HeldBookings(List.of(
                    new HeldBookings.Held(new BookingReceipt("H3M4P7", "CONFIRMED", "demo-1", start, "Ginnastica dolce", "zante",
                            "Centro Zante", 0), null),
                    new HeldBookings.Held(new BookingReceipt("C9T2RZ", "WAITLISTED", "demo-2", start.plusDays(1), "Torneo di burraco",
                            "zante", "Centro Zante", 2), null)), true);
        }

        @Override
        public void callHelp(String reason, String sessionId) {
            // no server and no operators in the demo: the screen shows what it would say
        }
    }
}
