package it.centrinrete.kb.search;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.GeoPoint;
import it.centrinrete.kb.content.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an entry into the Lucene document that represents it in the index. */
final class EntryDocuments {
    private static final QueryTerms TERMS = new QueryTerms();
    /** Whether an entry has a word as written is all the surface field tells: no frequencies, positions or norms. */
    private static final FieldType SURFACE = surfaceType();

    private EntryDocuments() {
    }

    /** A keyword or title reduced to its index terms, as one token: "Pulsante al collo" → "pulsant coll". */
    static String keyphrase(String text) {
        return String.join(" ", TERMS.indexTerms(text));
    }

    static Document toDocument(Entry entry, Content content, boolean grams) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, entry.type().wireName(), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE, entry.title(), Field.Store.NO));
        // what a hit shows is read from doc values, which need no decompression at search time
        doc.add(new BinaryDocValuesField(Fields.ID, new BytesRef(entry.id())));
        doc.add(new BinaryDocValuesField(Fields.TYPE, new BytesRef(entry.type().wireName())));
        doc.add(new BinaryDocValuesField(Fields.TITLE, new BytesRef(entry.title())));
        List<String> all = new ArrayList<>();
        all.add(entry.title());
        doc.add(new StringField(Fields.KEYPHRASE, keyphrase(entry.title()), Field.Store.NO));
        for (String keyword : entry.keywords()) {
            doc.add(new TextField(Fields.KEYWORDS, keyword, Field.Store.NO));
            if (TERMS.indexTerms(keyword).size() == 1) {
                doc.add(new TextField(Fields.SINGLE_KEYWORDS, keyword, Field.Store.NO));
            }
            doc.add(new StringField(Fields.KEYPHRASE, keyphrase(keyword), Field.Store.NO));
            all.add(keyword);
        }
        if (entry instanceof Faq faq) {
            for (String question : faq.questions()) {
                doc.add(new TextField(Fields.QUESTIONS, question, Field.Store.NO));
            }
        }
        for (String text : entry.bodyTexts()) {
            doc.add(new TextField(Fields.BODY, text, Field.Store.NO));
            all.add(text);
        }
        for (String centreId : centreIds(entry)) {
            doc.add(new SortedSetDocValuesField(Fields.AT_CENTRES, new BytesRef(centreId)));
        }
        List<String> places = places(entry, content);
        for (String place : places) {
            doc.add(new TextField(Fields.PLACE, place, Field.Store.NO));
            all.add(place);
        }
        List<String> named = new ArrayList<>(entry.keywords());
        named.add(entry.title());
        named.addAll(places);
        if (entry instanceof Centre centre) {
            named.add(centre.address().street());
        }
        for (String text : named) {
            for (String pair : NamePairs.tokens(text, TERMS)) {
                doc.add(new StringField(Fields.NAME_PAIRS, pair, Field.Store.NO));
            }
        }
        for (String text : all) {
            doc.add(new TextField(Fields.ALL, text, Field.Store.NO));
            doc.add(new TextField(Fields.SOUND, text, Field.Store.NO));
            doc.add(new Field(Fields.SURFACE, text, SURFACE));
            if (grams) {
                doc.add(new TextField(Fields.GRAM, text, Field.Store.NO));
            }
        }
        for (GeoPoint point : content.locationsOf(entry)) {
            doc.add(new LatLonPoint(Fields.LOCATION, point.lat(), point.lon()));
            doc.add(new LatLonDocValuesField(Fields.POSITIONS, point.lat(), point.lon()));
        }
        return doc;
    }

    private static FieldType surfaceType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static List<String> centreIds(Entry entry) {
        return switch (entry) {
            case Service service -> service.centres();
            case Activity activity -> List.of(activity.centre());
            default -> List.of();
        };
    }

    /** The names and neighbourhoods of the centres an entry belongs to. */
    private static List<String> places(Entry entry, Content content) {
        List<String> places = new ArrayList<>();
        for (String id : centreIds(entry)) {
            Optional<Centre> centre = content.find(id, Centre.class);
            centre.ifPresent(c -> {
                places.add(c.name());
                places.addAll(c.keywords());
                if (!c.neighbourhood().isEmpty()) {
                    places.add(c.neighbourhood());
                }
            });
        }
        if (entry instanceof Centre centre && !centre.neighbourhood().isEmpty()) {
            places.add(centre.neighbourhood());
        }
        return places;
    }
}
