package it.centrinrete.kb.search;

import it.centrinrete.kb.content.GeoPoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what a hit shows (id, type, title, positions) from doc values. Stored fields would decompress a whole block
 * of documents for each hit, which at 20,000 entries cost more than the search itself.
 */
final class HitFields {
    private HitFields() {
    }

    /** @param positions where the entry is, none when unknown (see {@link it.centrinrete.kb.content.Content#locationsOf}) */
    record Values(String id, String type, String title, List<GeoPoint> positions) {
        Values {
            positions = List.copyOf(positions);
        }

        /** Metres from {@code point} to the nearest of the entry's positions, or {@code NaN} when it has none. */
        double metresFrom(GeoPoint point) {
            double nearest = Double.NaN;
            for (GeoPoint position : positions) {
                double metres = point.metresTo(position);
                nearest = Double.isNaN(nearest) ? metres : Math.min(nearest, metres);
            }
            return nearest;
        }
    }

    /**
     * What the hits of one version of the index show, read once per entry: the same entries come up question after
     * question, and reading doc values means finding the segment, opening its iterators and decoding the texts.
     * At most one {@link Values} per document, so the memory is bounded by the index itself.
     */
    static final class Remembered {
        private final IndexSearcher searcher;
        private final AtomicReferenceArray<Values> values;

        Remembered(IndexSearcher searcher) {
            this.searcher = searcher;
            this.values = new AtomicReferenceArray<>(searcher.getIndexReader().maxDoc());
        }

        Values of(int doc) throws IOException {
            Values known = values.get(doc);
            if (known == null) {
                known = read(searcher, doc);
                values.set(doc, known);
            }
            return known;
        }
    }

    static Values read(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        int local = doc - leaf.docBase;
        return new Values(text(leaf, Fields.ID, local), text(leaf, Fields.TYPE, local), text(leaf, Fields.TITLE, local),
            positions(leaf, local));
    }

    /** Whether the entry at {@code doc} happens at the centre {@code centreId}. */
    static boolean isAt(IndexSearcher searcher, int doc, String centreId) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        SortedSetDocValues centres = DocValues.getSortedSet(leaf.reader(), Fields.AT_CENTRES);
        if (!centres.advanceExact(doc - leaf.docBase)) {
            return false;
        }
        for (int i = 0; i < centres.docValueCount(); i++) {
            if (centres.lookupOrd(centres.nextOrd()).utf8ToString().equals(centreId)) {
                return true;
            }
        }
        return false;
    }

    private static LeafReaderContext leaf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static List<GeoPoint> positions(LeafReaderContext leaf, int local) throws IOException {
        SortedNumericDocValues encoded = DocValues.getSortedNumeric(leaf.reader(), Fields.POSITIONS);
        if (!encoded.advanceExact(local)) {
            return List.of();
        }
        List<GeoPoint> positions = new ArrayList<>();
        for (int i = 0; i < encoded.docValueCount(); i++) {
            long value = encoded.nextValue();
            // LatLonDocValuesField keeps the latitude in the high 32 bits and the longitude in the low ones
            positions.add(new GeoPoint(GeoEncodingUtils.decodeLatitude((int) (value >> 32)),
                GeoEncodingUtils.decodeLongitude((int) (value & 0xFFFFFFFFL))));
        }
        return positions;
    }

    private static String text(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " has no " + field + "; the index was built by an older version");
        }
        BytesRef bytes = values.binaryValue();
        return bytes.utf8ToString();
    }
}
