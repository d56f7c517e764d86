package org.flourish.pathways.recommend;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.vocab.FL;

/** A learner's mastery as triples ({@code competency fl:masteryMean mean}), for the learner's own named graph. */
public final class MasteryTriples {

    private MasteryTriples() {
    }

    public static Model of(LearnerMastery mastery) {
        Model model = ModelFactory.createDefaultModel();
        mastery.estimates().values().forEach(estimate -> model.add(
                model.createResource(estimate.competency()), FL.masteryMean, model.createTypedLiteral(estimate.mean())));
        return model;
    }
}
