package it.centrinrete.kb.cli;

import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.hours.HolidayCalendar;
import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.hours.OpenStatus;
import it.centrinrete.kb.load.ContentFormats;
import it.centrinrete.kb.load.LoadResult;
import it.centrinrete.kb.load.SampleContent;
import it.centrinrete.kb.search.KnowledgeIndex;
import it.centrinrete.kb.search.KnowledgeSearcher;
import it.centrinrete.kb.search.SearchHit;
import it.centrinrete.kb.search.SearchRequest;
import it.centrinrete.kb.search.SearchResult;
import it.centrinrete.kb.search.Synonyms;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code search [--content DIR] [--index DIR] [--near CENTRE_ID] question…}: loads a content folder (the bundled
 * sample content by default), reports its problems, indexes it on disk and prints what the kiosk would find.
 */
public final class SearchCommand {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("it.centrinrete.kb.cli.messages", Locale.ITALIAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(MESSAGES.getString("time.pattern"), Locale.ITALIAN);

    private SearchCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path contentDir = null;
        Path indexDir = Path.of(System.getProperty("java.io.tmpdir"), "centrinrete-kb-index");
        String near = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--content" -> contentDir = Path.of(value(args, ++i, "--content"));
                case "--index" -> indexDir = Path.of(value(args, ++i, "--index"));
                case "--near" -> near = value(args, ++i, "--near");
                default -> words.addAll(List.of(args[i].split("\\s+")));
            }
        }
        if (words.isEmpty()) {
            System.err.println("usage: search [--content DIR] [--index DIR] [--near CENTRE_ID] question...");
            System.exit(2);
        }
        Path folder = contentDir == null ? SampleContent.folder() : contentDir;
        LoadResult loaded = ContentFormats.loader().load(folder);
        loaded.problems().forEach(problem -> System.err.println(problem));
        Synonyms synonyms = Synonyms.load(folder);
        synonyms.problems().forEach(problem -> System.err.println(problem));
        Content content = loaded.content();
        Files.createDirectories(indexDir);
        try (KnowledgeIndex index = KnowledgeIndex.open(indexDir)) {
            index.rebuild(content);
            String nearId = near;
            GeoPoint point = near == null ? null : content.find(near, Centre.class).map(Centre::location).orElseThrow(
                () -> new IllegalArgumentException("--near: no centre with id " + nearId));
            SearchResult result = new KnowledgeSearcher(index, synonyms).search(SearchRequest.of(String.join(" ", words)).near(point));
            print(result, content, out);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void print(SearchResult result, Content content, PrintStream out) {
        out.printf("confidence %.2f — %s%n", result.confidence(),
            result.answerable() ? "answerable" : "NOT answerable (would offer an operator)");
        if (!result.unmatchedWords().isEmpty()) {
            out.println("words no entry covers: " + String.join(", ", result.unmatchedWords()));
        }
        int rank = 1;
        for (SearchHit hit : result.hits()) {
            String distance = Double.isNaN(hit.distanceMetres()) ? "" : String.format(" %.1f km", hit.distanceMetres() / 1000);
            out.printf("%d. [%s] %s (%s) score %.2f coverage %.2f%s%n", rank++, hit.type().wireName(), hit.title(), hit.id(),
                hit.score(), hit.coverage(), distance);
        }
        result.hits().stream().findFirst().flatMap(hit -> content.find(hit.id())).ifPresent(entry -> details(entry, out));
    }

    private static void details(Entry entry, PrintStream out) {
        if (entry instanceof Centre centre && !centre.openingHours().isEmpty()) {
            OpenStatus status = centre.openingHours().statusAt(ZonedDateTime.now(MilanTime.ZONE), HolidayCalendar.milan());
            if (status.changesAt().isEmpty() && !status.open()) {
                out.println(MESSAGES.getString("status.neverOpens"));
            } else {
                String change = status.changesAt().map(TIME::format).orElse("—");
                out.println(MessageFormat.format(MESSAGES.getString(status.open() ? "status.open" : "status.closed"), change));
            }
            status.holidayName().ifPresent(name -> out.println(MessageFormat.format(MESSAGES.getString("status.holiday"), name)));
        }
    }
}
