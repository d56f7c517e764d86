package org.flourish.pathways.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.recommend.MasteryThreshold;

/**
 * Mastery by holistic domain, as the learner page draws it: one bar per domain for the mean mastery of the
 * competencies with evidence, a band for its uncertainty (mean ± the estimates' mean standard deviation), and how
 * many of the domain's competencies have evidence and are mastered. Widths are percentages of the bar's box.
 */
public record MasteryChart(List<DomainBar> domains) {

    /** One domain's bar: the numbers for its SVG and for the sentence that says the same in words. */
    public record DomainBar(String label, boolean hasEvidence, double mean, double low, double high,
                            int evidenced, int total, int mastered, List<CompetencyBar> competencies) {
        public String meanWidth() {
            return String.format(Locale.ROOT, "%.1f", mean * 100);
        }

        public String lowX() {
            return String.format(Locale.ROOT, "%.1f", low * 100);
        }

        public String bandWidth() {
            return String.format(Locale.ROOT, "%.1f", Math.max(0.5, (high - low) * 100));
        }
    }

    /** One competency with evidence, inside its domain. */
    public record CompetencyBar(String label, double mean, double uncertainty, int evidenceCount) {
    }

    public static MasteryChart of(LearnerMastery mastery, PrerequisiteGraph framework, LabelsIn labels) {
        Map<String, List<String>> competenciesByDomain = new TreeMap<>();
        framework.competencies().forEach(competency -> framework.domainOf(competency).ifPresent(domain ->
                competenciesByDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(competency)));
        List<DomainBar> bars = new ArrayList<>();
        competenciesByDomain.forEach((domain, competencies) -> {
            List<MasteryEstimate> estimates = competencies.stream().map(mastery::estimateFor)
                    .flatMap(java.util.Optional::stream).toList();
            double mean = estimates.stream().mapToDouble(MasteryEstimate::mean).average().orElse(0);
            double spread = estimates.stream().mapToDouble(MasteryEstimate::uncertainty).average().orElse(0);
            int mastered = (int) estimates.stream()
                    .filter(estimate -> estimate.mean() >= MasteryThreshold.DEFAULT.value()).count();
            List<CompetencyBar> each = estimates.stream()
                    .map(estimate -> new CompetencyBar(labels.of(estimate.competency())
                            .orElse(estimate.competency()), estimate.mean(), estimate.uncertainty(),
                            estimate.evidenceCount()))
                    .sorted(Comparator.comparing(CompetencyBar::mean).reversed()).toList();
            bars.add(new DomainBar(labels.name(domain), !estimates.isEmpty(), mean,
                    Math.max(0, mean - spread), Math.min(1, mean + spread), estimates.size(), competencies.size(),
                    mastered, each));
        });
        bars.sort(Comparator.comparing(DomainBar::label));
        return new MasteryChart(bars);
    }
}
