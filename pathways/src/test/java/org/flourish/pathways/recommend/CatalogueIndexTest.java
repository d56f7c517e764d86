package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.flourish.pathways.model.Opportunity;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class CatalogueIndexTest {

    private static Opportunity course(String name, String... develops) {
        return Opportunity.builder("https://example.org/opportunities/" + name, name, Catalogue.NGO)
                .develops(develops).languages("fr").build();
    }

    private final Opportunity letters = course("letters", "c:letters");
    private final Opportunity both = course("both", "c:letters", "c:counting");
    private final Opportunity counting = course("counting", "c:counting");
    private final CatalogueIndex index = new CatalogueIndex(List.of(letters, both, counting));

    @Test
    void opportunityDevelopingTwoAskedCompetenciesComesOnceInCatalogueOrder() {
        assertEquals(List.of(letters, both, counting), index.developingAny(List.of("c:counting", "c:letters")));
    }

    @Test
    void onlyOpportunitiesDevelopingAnAskedCompetencyAreReturned() {
        assertEquals(List.of(both, counting), index.developingAny(List.of("c:counting", "c:unknown")));
    }

    @Test
    void noCompetencyGivesNoOpportunity() {
        assertEquals(List.of(), index.developingAny(List.of()));
    }
}
