package org.flourish.pathways.simulate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The statistics the report needs, written out so that their definitions are visible. */
final class Measures {

    private Measures() {
    }

    /** Gini coefficient of non-negative amounts: 0 when equal, towards 1 when one holds everything. */
    static double gini(double[] amounts) {
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            sum += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        int n = sorted.length;
        return sum == 0 ? 0 : (2 * weighted) / (n * sum) - (n + 1.0) / n;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One prediction and its truth: a mastery estimate and the latent mastery. */
    record Pair(double predicted, double latent) {
    }

    /** Area under the ROC curve of {@code predicted} for {@code latent >= threshold} (ties count half). */
    static double auc(List<Pair> pairs, double threshold) {
        List<Pair> sorted = pairs.stream().sorted(Comparator.comparingDouble(Pair::predicted)).toList();
        long positives = sorted.stream().filter(p -> p.latent() >= threshold).count();
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).predicted() == sorted.get(i).predicted()) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (sorted.get(k).latent() >= threshold) {
                    rankSum += averageRank;
                }
            }
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /** Expected calibration error over 10 equal-width bins: mean |predicted - latent| per bin, weighted by size. */
    static double ece(List<Pair> pairs) {
        double[] predicted = new double[10];
        double[] latent = new double[10];
        int[] count = new int[10];
        for (Pair pair : pairs) {
            int bin = Math.min(9, (int) (pair.predicted() * 10));
            predicted[bin] += pair.predicted();
            latent[bin] += pair.latent();
            count[bin]++;
        }
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            if (count[bin] > 0) {
                error += Math.abs(predicted[bin] - latent[bin]) / pairs.size();
            }
        }
        return pairs.isEmpty() ? Double.NaN : error;
    }

    /** Mean and half-width of the 95 % t-interval over seeds. */
    record Interval(double mean, double halfWidth, int n) {
        static Interval of(double[] values) {
            double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
            int n = finite.length;
            if (n == 0) {
                return new Interval(Double.NaN, Double.NaN, 0);
            }
            double mean = Arrays.stream(finite).average().orElse(Double.NaN);
            if (n == 1) {
                return new Interval(mean, Double.NaN, 1);
            }
            double variance = Arrays.stream(finite).map(v -> (v - mean) * (v - mean)).sum() / (n - 1);
            return new Interval(mean, T975[Math.min(n - 1, T975.length - 1)] * Math.sqrt(variance / n), n);
        }
    }

    /** Student's t quantile 0.975 by degrees of freedom (index), 30+ close to 2.04. */
    private static final double[] T975 = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
        2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.042};
}
