package org.flourish.pathways.model;

/** A WGS84 position in decimal degrees ({@code fl:latitude}, {@code fl:longitude}). */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException("latitude must be in [-90,90], was " + latitude);
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude must be in [-180,180], was " + longitude);
        }
    }
}
