package org.balise.shared.geo;

/** Great-circle distances on the WGS84 mean sphere; good to 0.5 % for the distances Balise reports. */
public final class Distances {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distances() {
    }

    public static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
