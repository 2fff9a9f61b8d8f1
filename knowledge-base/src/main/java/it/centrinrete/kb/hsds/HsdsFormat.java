package it.centrinrete.kb.hsds;

import it.centrinrete.kb.hours.MilanTime;
import it.centrinrete.kb.load.ContentDocument;
import it.centrinrete.kb.load.ContentFormat;
import it.centrinrete.kb.load.ContentProblem;
import it.centrinrete.kb.load.Field;
import it.centrinrete.kb.load.FieldException;
import it.centrinrete.kb.load.FieldMap;
import it.centrinrete.kb.load.LoadedEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * HSDS 3 files ({@code *.hsds.json}): one service, a list of services, a paginated API response ({@code contents})
 * or an organization with its {@code services} and {@code locations}. Services become services, and locations
 * with a name and a street address become centres the services point at.
 *
 * <p>An invalid value is dropped and reported; the rest of its service is kept. Only a file that is not JSON, or
 * whose top level is none of those shapes, is refused as a whole. Unknown fields are not reported: HSDS is large,
 * and listing every field the knowledge base has no place for would hide the problems that matter.
 */
public final class HsdsFormat implements ContentFormat {
    private static final String SHAPES = "is not an HSDS file: the top level must be a service object, a list of services,"
        + " a paginated response with 'contents' or an organization with 'services'";

    private final Clock clock;

    public HsdsFormat() {
        this(Clock.system(MilanTime.ZONE));
    }

    /** @param clock gives "today", the review date of entries whose file has none */
    public HsdsFormat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean accepts(String relativePath) {
        return relativePath.toLowerCase(Locale.ROOT).endsWith(".hsds.json");
    }

    @Override
    public List<LoadedEntry> read(ContentDocument document, String relativePath, List<ContentProblem> problems) {
        HsdsReport report = new HsdsReport(relativePath, LocalDate.now(clock), problems);
        HsdsFileReader file = new HsdsFileReader(report);
        Field root = document.root();
        if (root.isList()) {
            root.asList().forEach(file::item);
        } else if (root.isMap()) {
            FieldMap map = root.asMap();
            if (map.has("contents")) {
                Field contents = map.require("contents");
                if (!contents.isList()) {
                    throw contents.error("must be the list of services of the paginated response");
                }
                contents.asList().forEach(file::item);
            } else if (map.has("services")) {
                file.organization(map);
            } else if (map.has("id") || map.has("name")) {
                file.service(map, "");
            } else {
                throw new FieldException(map.line(), "", SHAPES);
            }
        } else {
            throw new FieldException(root.line(), "", SHAPES);
        }
        return file.entries();
    }
}
