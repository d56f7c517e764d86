package org.flourish.pathways.model;

import java.util.List;

/**
 * Why an opportunity is recommended, in parts a user interface can show one by one.
 *
 * @param readyCompetencies competencies the opportunity develops that are on the learner's ready-to-learn frontier
 * @param prerequisitesMet  prerequisites of those competencies and the statements that show they are met
 * @param goalsServed       the learner's goals among the competencies it develops
 * @param constraintChecks  why it fits each hard constraint
 * @param rankingNotes      what raised or lowered its rank (domain balance, provider diversity)
 */
public record Explanation(List<String> readyCompetencies, List<PrerequisiteMet> prerequisitesMet,
                          List<String> goalsServed, List<ConstraintCheck> constraintChecks,
                          List<String> rankingNotes) {

    public Explanation {
        readyCompetencies = List.copyOf(readyCompetencies);
        prerequisitesMet = List.copyOf(prerequisitesMet);
        goalsServed = List.copyOf(goalsServed);
        constraintChecks = List.copyOf(constraintChecks);
        rankingNotes = List.copyOf(rankingNotes);
    }

    /** A prerequisite competency the learner has, with its mastery mean and the statements behind it. */
    public record PrerequisiteMet(String competency, double mean, List<String> supportingStatements) {

        public PrerequisiteMet {
            Require.text(competency, "competency");
            Require.unitInterval(mean, "mean");
            supportingStatements = List.copyOf(supportingStatements);
        }
    }
}
