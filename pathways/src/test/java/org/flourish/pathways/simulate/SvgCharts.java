package org.flourish.pathways.simulate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain SVG line and bar charts, written by hand: no plotting library, nothing fetched when viewed. */
final class SvgCharts {

    private static final String[] COLOURS = {"#7f7f7f", "#bcbd22", "#17becf", "#9467bd", "#d62728", "#ff7f0e",
        "#2ca02c", "#1f77b4", "#8c564b"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 400;
    private static final int LEFT = 60;
    private static final int RIGHT = 220;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private SvgCharts() {
    }

    /** One line per series over x = 0, 1, 2, ... */
    static String lines(String title, String xLabel, String yLabel, Map<String, double[]> series) {
        double max = series.values().stream().flatMapToDouble(java.util.Arrays::stream).filter(Double::isFinite)
                .max().orElse(1);
        double min = Math.min(0, series.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(Double::isFinite).min().orElse(0));
        int points = series.values().stream().mapToInt(values -> values.length).max().orElse(1);
        StringBuilder svg = frame(title, xLabel, yLabel, min, max);
        int s = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            StringBuilder path = new StringBuilder();
            double[] values = entry.getValue();
            for (int i = 0; i < values.length; i++) {
                path.append(i == 0 ? "M" : "L").append(f(x(i, points))).append(',').append(f(y(values[i], min, max)))
                        .append(' ');
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(COLOURS[s % COLOURS.length])
                    .append("\" stroke-width=\"2\"/>\n");
            legend(svg, s++, entry.getKey());
        }
        for (int i = 0; i < points; i += Math.max(1, points / 6)) {
            svg.append(text(x(i, points), HEIGHT - BOTTOM + 16, String.valueOf(i), "middle"));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Groups of bars: one group per category, one bar per series. */
    static String bars(String title, String yLabel, List<String> categories, Map<String, double[]> series) {
        double max = Math.max(1e-9, series.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(Double::isFinite).map(Math::abs).max().orElse(1));
        double min = Math.min(0, -series.values().stream().flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> Double.isFinite(v) && v < 0).map(Math::abs).max().orElse(0));
        StringBuilder svg = frame(title, "", yLabel, min, max);
        double group = (WIDTH - LEFT - RIGHT) / (double) categories.size();
        double bar = group * 0.8 / series.size();
        int s = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            for (int c = 0; c < categories.size(); c++) {
                double value = entry.getValue()[c];
                if (!Double.isFinite(value)) {
                    continue;
                }
                double left = LEFT + c * group + group * 0.1 + s * bar;
                double top = y(Math.max(0, value), min, max);
                double bottom = y(Math.min(0, value), min, max);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s: %.3f</title></rect>%n", left, top, bar, Math.max(0.5, bottom - top),
                        COLOURS[s % COLOURS.length], escape(entry.getKey()), value));
            }
            legend(svg, s++, entry.getKey());
        }
        for (int c = 0; c < categories.size(); c++) {
            svg.append(text(LEFT + c * group + group / 2, HEIGHT - BOTTOM + 16, categories.get(c), "middle"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder frame(String title, String xLabel, String yLabel, double min, double max) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(text(WIDTH / 2.0 - RIGHT / 2.0, 22, title, "middle").replace("font-size=\"12\"",
                "font-size=\"15\""));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>%n",
                LEFT, y(0, min, max), WIDTH - RIGHT, y(0, min, max)));
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            svg.append(text(LEFT - 6, y(value, min, max) + 4, f3(value), "end"));
        }
        svg.append(text(WIDTH / 2.0 - RIGHT / 2.0, HEIGHT - 12, xLabel, "middle"));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" "
                + "text-anchor=\"middle\">%s</text>%n", HEIGHT / 2, HEIGHT / 2, escape(yLabel)));
        return svg;
    }

    private static void legend(StringBuilder svg, int index, String name) {
        int top = TOP + index * 20;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                WIDTH - RIGHT + 12, top, COLOURS[index % COLOURS.length]));
        svg.append(text(WIDTH - RIGHT + 30, top + 10, name, "start"));
    }

    private static double x(int i, int points) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (points <= 1 ? 0 : (double) i / (points - 1));
    }

    private static double y(double value, double min, double max) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (value - min) / (max - min == 0 ? 1 : max - min);
    }

    private static String text(double x, double y, String text, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\">%s</text>%n",
                x, y, anchor, escape(text));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f3(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
