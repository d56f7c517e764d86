package org.flourish.pathways.recommend;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flourish.pathways.model.Opportunity;

/**
 * The catalogue indexed by the competencies its opportunities develop, built once per catalogue, so that ranking
 * touches only the opportunities of the learner's frontier instead of the whole catalogue on every request.
 */
public final class CatalogueIndex {

    private final List<Opportunity> opportunities;
    /** Positions in {@link #opportunities} of those developing each competency, ascending. */
    private final Map<String, int[]> byCompetency;
    private final Map<String, Opportunity> byIri;

    public CatalogueIndex(List<Opportunity> catalogue) {
        this.opportunities = List.copyOf(catalogue);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < opportunities.size(); i++) {
            for (String competency : opportunities.get(i).develops()) {
                positions.computeIfAbsent(competency, c -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        positions.forEach((competency, list) -> index.put(competency,
                list.stream().mapToInt(Integer::intValue).toArray()));
        this.byCompetency = Map.copyOf(index);
        Map<String, Opportunity> iris = new HashMap<>();
        opportunities.forEach(opportunity -> iris.putIfAbsent(opportunity.iri(), opportunity));
        this.byIri = Map.copyOf(iris);
    }

    public Optional<Opportunity> find(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** Every opportunity developing at least one of the competencies, each once, in catalogue order. */
    public List<Opportunity> developingAny(Collection<String> competencies) {
        BitSet found = new BitSet(opportunities.size());
        for (String competency : competencies) {
            int[] positions = byCompetency.get(competency);
            if (positions != null) {
                for (int position : positions) {
                    found.set(position);
                }
            }
        }
        List<Opportunity> developing = new ArrayList<>(found.cardinality());
        found.stream().forEach(position -> developing.add(opportunities.get(position)));
        return developing;
    }

    public List<Opportunity> opportunities() {
        return opportunities;
    }
}
