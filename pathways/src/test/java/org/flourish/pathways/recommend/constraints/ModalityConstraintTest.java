package org.flourish.pathways.recommend.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.flourish.pathways.model.LearnerContext;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.testing.Catalogue;
import org.junit.jupiter.api.Test;

class ModalityConstraintTest {

    private final ModalityConstraint constraint = new ModalityConstraint();
    private final LearnerContext offlineLearner = Catalogue.amina()
            .modalities(EnumSet.of(Modality.RADIO, Modality.OFFLINE, Modality.IN_PERSON)).build();

    @Test
    void radioLessonReachesALearnerWithARadio() {
        assertTrue(constraint.check(Catalogue.readingCourse().modality(Modality.RADIO).build(), offlineLearner)
                .satisfied());
    }

    @Test
    void onlineCourseIsExcludedForALearnerWithoutInternet() {
        assertEquals("delivered online, which does not reach the learner",
                constraint.violation(Catalogue.readingCourse().modality(Modality.ONLINE).build(), offlineLearner)
                        .orElseThrow());
    }

    @Test
    void offlineMaterialsReachALearnerWhoWorksOffline() {
        assertTrue(constraint.check(Catalogue.readingCourse().modality(Modality.OFFLINE).build(), offlineLearner)
                .satisfied());
    }

    @Test
    void smsLessonIsExcludedForALearnerWithoutAPhone() {
        assertTrue(constraint.violation(Catalogue.readingCourse().modality(Modality.SMS).build(), offlineLearner)
                .isPresent());
    }
}
