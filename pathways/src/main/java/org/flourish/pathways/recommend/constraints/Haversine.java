package org.flourish.pathways.recommend.constraints;

import org.flourish.pathways.model.GeoPoint;

/** Great-circle distance on a spherical Earth (the haversine formula); good to ~0.5% for travel distances. */
public final class Haversine {

    /** Mean Earth radius (IUGG), in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {
    }

    public static double kilometres(GeoPoint from, GeoPoint to) {
        double phi1 = Math.toRadians(from.latitude());
        double phi2 = Math.toRadians(to.latitude());
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(to.longitude() - from.longitude());
        double h = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        // min() guards asin against rounding just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
