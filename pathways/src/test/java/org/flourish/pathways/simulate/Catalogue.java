package org.flourish.pathways.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;

/**
 * The simulated catalogue: opportunities in IRI order (the engine's order), the number of providers, and the RDF
 * given to the engine: the catalogue graph and its evidence rules.
 */
record Catalogue(List<SimOpportunity> opportunities, int providers, List<String> providerIris, Model rdf,
                 Model rules) {

    Catalogue {
        opportunities = List.copyOf(opportunities);
        providerIris = List.copyOf(providerIris);
    }

    Map<String, SimOpportunity> byIri() {
        Map<String, SimOpportunity> byIri = new HashMap<>();
        opportunities.forEach(opportunity -> byIri.put(opportunity.iri(), opportunity));
        return byIri;
    }
}
