package it.centrinrete.kb.hsds;

import it.centrinrete.kb.content.InvalidEntryException;
import it.centrinrete.kb.content.Phone;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads HSDS phone objects. The label must be short because a kiosk reads it aloud next to the number: the
 * description is used only when it is one short sentence, and a type that changes how the number is used (a fax)
 * always wins over it.
 */
final class HsdsPhoneReader {
    private static final int LONGEST_LABEL = 60;
    private static final Map<String, String> TYPE_LABELS = Map.of("fax", "fax", "text", "SMS", "textphone", "textphone",
        "video", "videochiamata", "pager", "cercapersone", "cell", "cellulare");

    private HsdsPhoneReader() {
    }

    /** Adds the valid phones of {@code map.key} to {@code phones}, skipping numbers already there. */
    static void read(FieldMap map, String key, List<Phone> phones, HsdsReport report) {
        for (FieldMap item : HsdsFields.objects(map, key, report)) {
            phone(item, report).filter(phone -> phones.stream().noneMatch(p -> p.number().equals(phone.number())))
                .ifPresent(phones::add);
        }
    }

    static List<Phone> read(FieldMap map, String key, HsdsReport report) {
        List<Phone> phones = new ArrayList<>();
        read(map, key, phones, report);
        return phones;
    }

    private static Optional<Phone> phone(FieldMap item, HsdsReport report) {
        Optional<Field> number = HsdsFields.scalar(item, "number", report);
        if (number.isEmpty()) {
            report.warning(item, "has no number; the phone was ignored");
            return Optional.empty();
        }
        try {
            return Optional.of(new Phone(number.get().asString(), label(item, report)));
        } catch (InvalidEntryException e) {
            report.error(number.get(), "'" + number.get().asString() + "' is not a phone number that can be called: " + e.reason()
                + "; the phone was ignored");
            return Optional.empty();
        }
    }

    private static String label(FieldMap item, HsdsReport report) {
        String type = HsdsFields.text(item, "type", report).toLowerCase(Locale.ROOT);
        String description = HsdsFields.text(item, "description", report);
        String firstSentence = description.split("(?<=[.!?])\\s")[0].replaceAll("[.]$", "").strip();
        String label = TYPE_LABELS.containsKey(type) && !type.equals("cell") ? TYPE_LABELS.get(type)
            : firstSentence.length() <= LONGEST_LABEL && !firstSentence.isEmpty() ? firstSentence
            : TYPE_LABELS.getOrDefault(type, "");
        String extension = HsdsFields.text(item, "extension", report);
        if (extension.isEmpty()) {
            return label;
        }
        return label.isEmpty() ? "interno " + extension : label + " (interno " + extension + ")";
    }
}
