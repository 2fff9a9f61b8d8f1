package it.centrinrete.kb.hsds;

import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The descriptive fields of an HSDS service that need more than a copy: eligibility, cost, keywords, languages, documents. */
final class HsdsServiceTexts {
    private static final int OLDEST_AGE = 130;

    private HsdsServiceTexts() {
    }

    /** The eligibility text as written; the age limits become a sentence only when there is no text, to say something. */
    static String eligibility(FieldMap service, HsdsReport report) {
        String text = HsdsFields.text(service, "eligibility_description", report);
        Optional<Integer> min = age(service, "minimum_age", report);
        Optional<Integer> max = age(service, "maximum_age", report);
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            report.error(service.get("maximum_age").orElseThrow(), "maximum_age " + max.get() + " is below minimum_age " + min.get()
                + "; both ages were ignored");
            return text;
        }
        if (!text.isEmpty() || min.isEmpty() && max.isEmpty()) {
            return text;
        }
        if (min.isPresent() && max.isPresent()) {
            return "Età: da " + min.get() + " a " + max.get() + " anni.";
        }
        return min.map(age -> "Età: da " + age + " anni in su.").orElseGet(() -> "Età: fino a " + max.get() + " anni.");
    }

    private static Optional<Integer> age(FieldMap service, String key, HsdsReport report) {
        Optional<Double> age = HsdsFields.number(service, key, report);
        if (age.isPresent() && (age.get() < 0 || age.get() > OLDEST_AGE || age.get() != Math.floor(age.get()))) {
            report.error(service.get(key).orElseThrow(), key + " " + service.get(key).orElseThrow().asString()
                + " is not an age in whole years from 0 to " + OLDEST_AGE + "; it was ignored");
            return Optional.empty();
        }
        return age.map(Double::intValue);
    }

    /** fees_description, else the cost options written out ("Over 60s: 35 € per session"). */
    static String cost(FieldMap service, HsdsReport report) {
        String fees = HsdsFields.text(service, "fees_description", report);
        if (!fees.isEmpty()) {
            return fees;
        }
        List<String> options = new ArrayList<>();
        for (FieldMap option : HsdsFields.objects(service, "cost_options", report)) {
            String amount = HsdsFields.number(option, "amount", report).filter(value -> validAmount(value, option, report))
                .map(value -> amount(value, option, report)).orElse("");
            String text = String.join(" ", List.of(amount, HsdsFields.text(option, "amount_description", report))).strip();
            String who = HsdsFields.text(option, "option", report);
            options.add(who.isEmpty() ? text : text.isEmpty() ? who : who + ": " + text);
        }
        options.removeIf(String::isBlank);
        return String.join("; ", options);
    }

    private static boolean validAmount(double value, FieldMap option, HsdsReport report) {
        if (Double.isFinite(value) && value >= 0) {
            return true;
        }
        report.error(option.get("amount").orElseThrow(), "amount " + value + " is not a price; it was ignored");
        return false;
    }

    /** The email address, if it looks like one: a kiosk shows it for people to write to. */
    static String email(FieldMap service, HsdsReport report) {
        String email = HsdsFields.text(service, "email", report);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            report.error(service.get("email").orElseThrow(), "'" + email + "' is not an email address; it was ignored");
            return "";
        }
        return email;
    }

    /** The web site, if it is a web address: anything else cannot be opened from the kiosk. */
    static String website(FieldMap service, HsdsReport report) {
        String url = HsdsFields.text(service, "url", report);
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            report.error(service.get("url").orElseThrow(), "'" + url + "' is not a web address (http:// or https://); it was ignored");
            return "";
        }
        return url;
    }

    private static String amount(double value, FieldMap option, HsdsReport report) {
        if (value == 0) {
            return "gratuito";
        }
        String currency = HsdsFields.text(option, "currency", report).toUpperCase(Locale.ROOT);
        String number = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return currency.equals("EUR") ? number + " €" : (number + " " + currency).strip();
    }

    /** alternate_name and the names of taxonomy terms attached as attributes, without repeats. */
    static List<String> keywords(FieldMap service, String name, HsdsReport report) {
        Map<String, String> keywords = new LinkedHashMap<>();
        String alternateName = HsdsFields.text(service, "alternate_name", report);
        keywords.put(alternateName.toLowerCase(Locale.ROOT), alternateName);
        for (FieldMap attribute : HsdsFields.objects(service, "attributes", report)) {
            HsdsFields.object(attribute, "taxonomy_term", report).map(term -> HsdsFields.text(term, "name", report))
                .ifPresent(term -> keywords.putIfAbsent(term.toLowerCase(Locale.ROOT), term));
        }
        keywords.remove(name.toLowerCase(Locale.ROOT));
        return keywords.values().stream().filter(keyword -> !keyword.isBlank()).toList();
    }

    /** Language names; a language object without a name gives its code. */
    static List<String> languages(FieldMap service, HsdsReport report) {
        List<String> languages = new ArrayList<>();
        for (Field item : service.list("languages")) {
            String language = item.isMap() ? HsdsFields.asObject(item, report)
                .map(map -> Optional.of(HsdsFields.text(map, "name", report)).filter(n -> !n.isEmpty())
                    .orElseGet(() -> HsdsFields.text(map, "code", report)))
                .orElse("") : item.isList() ? "" : item.asString().strip();
            if (!language.isEmpty() && languages.stream().noneMatch(language::equalsIgnoreCase)) {
                languages.add(language);
            }
        }
        return languages;
    }

    static List<String> documents(FieldMap service, HsdsReport report) {
        return HsdsFields.objects(service, "required_documents", report).stream()
            .map(document -> HsdsFields.text(document, "document", report)).filter(text -> !text.isEmpty()).toList();
    }
}
