package org.flourish.pathways.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.flourish.pathways.model.GeoPoint;

/** A 12 x 12 km square of 1 km cells (near Thiès), where providers meet and learners live. */
final class Grid {

    static final int CELLS = 12;
    private static final double ORIGIN_LATITUDE = 14.70;
    private static final double ORIGIN_LONGITUDE = -16.98;
    private static final double CELL_LATITUDE = 0.009;
    private static final double CELL_LONGITUDE = 0.0093;

    private Grid() {
    }

    /** A point in cell (x, y), placed at random within it, rounded as a catalogue would write it. */
    static GeoPoint in(int x, int y, SplittableRandom random) {
        return new GeoPoint(round(ORIGIN_LATITUDE + (y + random.nextDouble()) * CELL_LATITUDE),
                round(ORIGIN_LONGITUDE + (x + random.nextDouble()) * CELL_LONGITUDE));
    }

    static GeoPoint anywhere(SplittableRandom random) {
        return in(random.nextInt(CELLS), random.nextInt(CELLS), random);
    }

    static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }
}
