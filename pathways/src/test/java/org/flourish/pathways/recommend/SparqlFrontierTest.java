package org.flourish.pathways.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SparqlFrontierTest extends FrontierContract {

    @Override
    Frontier frontierOf(Model framework, MasteryThreshold threshold) {
        return new SparqlFrontier(framework, threshold);
    }

    @Test
    void storedLearnerGraphIsQueriedByItsNameOnly() {
        Dataset dataset = DatasetFactory.create(Fixtures.literacyFramework());
        Resource amina = ResourceFactory.createResource("urn:example:learner:amina");
        Resource other = ResourceFactory.createResource("urn:example:learner:other");
        dataset.addNamedModel(amina, MasteryTriples.of(Fixtures.masteryOf(Map.of("letters", 0.9))));
        dataset.addNamedModel(other, MasteryTriples.of(Fixtures.masteryOf(Map.of("counting", 0.9))));
        LearnerMastery expected = Fixtures.masteryOf(Map.of("letters", 0.9));
        assertEquals(new SparqlFrontier(Fixtures.literacyFramework(), MasteryThreshold.DEFAULT).readyToLearn(expected),
                SparqlFrontier.readyToLearn(dataset, amina, MasteryThreshold.DEFAULT));
    }
}
