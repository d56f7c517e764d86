package org.flourish.pathways.web.view;

import java.util.List;
import java.util.Optional;

/** One child in a list: their page's id, name, the reasons they need attention (in words) and their last evidence. */
public record LearnerRow(String id, String key, String name, List<String> reasons, Optional<String> lastEvidence,
                         List<String> mentors) {
}
