package org.flourish.pathways.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.flourish.pathways.framework.PrerequisiteGraph;
import org.flourish.pathways.framework.PrerequisiteGroup;
import org.flourish.pathways.model.ConstraintCheck;
import org.flourish.pathways.model.Explanation;
import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.LearnerMastery;
import org.flourish.pathways.model.MasteryEstimate;
import org.flourish.pathways.model.Recommendation;

/**
 * Explanation fidelity. Each stated reason is checked against the framework the engine was given and the engine's
 * own mastery: a ready competency is developed by the opportunity, not mastered, and every prerequisite group of it
 * is met; a prerequisite met is held at a group's minimum; a goal served is a goal that a ready competency is or
 * leads to; a constraint said to fit fits by the world's rules. Then the top recommendation's reasons are flipped
 * one at a time (the goal dropped, the prerequisite's mastery set to 0) and the ranking asked again: the decision
 * changed if the opportunity left the list or moved.
 */
final class ExplanationAudit {

    private static final double MASTERED = 0.8;

    long reasonsTrue;
    long reasonsChecked;
    long flipsChanged;
    long flipsTested;

    private final PrerequisiteGraph stated;
    private final InProcessEngine engine;

    ExplanationAudit(PrerequisiteGraph stated, InProcessEngine engine) {
        this.stated = stated;
        this.engine = engine;
    }

    void audit(List<Recommendation> shown, SimLearner child, LearnerContext context, int limit) {
        LearnerMastery mastery = engine.masteryOf(child.key);
        for (Recommendation recommendation : shown) {
            checkReasons(recommendation, child, context, mastery);
        }
        if (shown.isEmpty()) {
            return;
        }
        List<Recommendation> baseline = engine.recommend(mastery, context, limit);
        Recommendation top = baseline.isEmpty() ? shown.get(0) : baseline.get(0);
        String iri = top.opportunity().iri();
        int before = position(baseline, iri);
        for (String goal : top.explanation().goalCompetencies()) {
            Set<String> fewer = new HashSet<>(context.goals());
            fewer.remove(goal);
            flip(position(engine.recommend(mastery, context.withGoals(fewer), limit), iri) != before);
        }
        for (var met : top.explanation().prerequisitesMet()) {
            MasteryEstimate unmet = new MasteryEstimate(met.competency(), 0.0, 0.0, 2.0, 0, 0, List.of());
            flip(position(engine.recommend(mastery.with(unmet), context, limit), iri) != before);
        }
    }

    private void flip(boolean changed) {
        flipsTested++;
        if (changed) {
            flipsChanged++;
        }
    }

    private static int position(List<Recommendation> ranking, String iri) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).opportunity().iri().equals(iri)) {
                return i;
            }
        }
        return -1;
    }

    private void checkReasons(Recommendation recommendation, SimLearner child, LearnerContext context,
                              LearnerMastery mastery) {
        Explanation why = recommendation.explanation();
        Set<String> develops = recommendation.opportunity().develops();
        for (String ready : why.readyCompetencies()) {
            count(develops.contains(ready) && mastery.meanOf(ready) < MASTERED
                    && stated.prerequisitesOf(ready).stream().allMatch(group -> group.isMetBy(mastery)));
        }
        for (var met : why.prerequisitesMet()) {
            count(Math.abs(mastery.meanOf(met.competency()) - met.mean()) < 1e-12 && why.readyCompetencies()
                    .stream().flatMap(c -> stated.prerequisitesOf(c).stream())
                    .anyMatch(group -> group.required().contains(met.competency()) && group.isMetBy(mastery,
                            met.competency())));
        }
        for (String goal : why.goalCompetencies()) {
            count(context.goals().contains(goal) && why.readyCompetencies().stream().anyMatch(c -> c.equals(goal)
                    || leadsTo(c, goal)));
        }
        boolean fitsWorld = WorldRules.violated(recommendation.opportunity(), child).isEmpty();
        for (ConstraintCheck check : why.constraintChecks()) {
            count(check.satisfied() && fitsWorld);
        }
    }

    private boolean leadsTo(String competency, String goal) {
        Set<String> seen = new HashSet<>();
        List<String> toVisit = new java.util.ArrayList<>(List.of(goal));
        while (!toVisit.isEmpty()) {
            for (PrerequisiteGroup group : stated.prerequisitesOf(toVisit.remove(toVisit.size() - 1))) {
                for (String required : group.required()) {
                    if (required.equals(competency)) {
                        return true;
                    }
                    if (seen.add(required)) {
                        toVisit.add(required);
                    }
                }
            }
        }
        return false;
    }

    private void count(boolean holds) {
        reasonsChecked++;
        if (holds) {
            reasonsTrue++;
        }
    }
}
