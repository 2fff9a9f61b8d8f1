package it.centrinrete.kb.content;

/** A WGS84 position. */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_METRES = 6_371_000;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidEntryException("coordinates.lat", "latitude must be between -90 and 90, not " + lat);
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidEntryException("coordinates.lon", "longitude must be between -180 and 180, not " + lon);
        }
    }

    /** Great-circle distance (haversine), good to a few metres at city scale. */
    public double metresTo(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
