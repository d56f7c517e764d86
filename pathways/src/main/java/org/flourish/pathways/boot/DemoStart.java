package org.flourish.pathways.boot;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.MentorAssignments;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.access.Users;
import org.flourish.pathways.store.LearnerDirectory;

/**
 * The demonstration start ({@code flourish.pathways.demo=true}, set by {@code mvn -Pstart}): on first start each
 * demo mentor gets two thirds of the sample learners (the rest wait for a coordinator), and the banner says where
 * the web app is and how to sign in as each role. Only for a server reachable from its own machine.
 */
final class DemoStart {

    private static final Logger LOG = Logger.getLogger(DemoStart.class.getName());

    private DemoStart() {
    }

    static void prepare(String publicUrl, Optional<String> usersSetting, String adminUser,
                        Optional<String> adminPassword, LearnerDirectory directory, MentorAssignments assignments) {
        List<Account> demo = usersSetting.map(setting -> Users.parseAccounts(setting, java.time.Instant.now()))
                .orElse(List.of());
        if (directory.mentorsByLearner().isEmpty()) {
            List<String> samples = directory.sharedNames().keySet().stream().sorted().toList();
            List<String> assigned = samples.subList(0, samples.size() * 2 / 3);
            demo.stream().filter(account -> account.role() == Role.MENTOR)
                    .forEach(mentor -> assigned.forEach(learner -> assignments.assign(mentor.name(), learner)));
        }
        StringBuilder banner = new StringBuilder("\n\n  Flourish web app:  ").append(publicUrl).append("/pathways/\n");
        banner.append("  Sign in as        ").append(adminUser).append(" / ")
                .append(adminPassword.orElse("(the generated password above)")).append("   (admin)\n");
        String setting = usersSetting.orElse("");
        for (String entry : setting.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length == 3) {
                banner.append("                    ").append(parts[0]).append(" / ").append(parts[1])
                        .append("   (").append(parts[2]).append(")\n");
            }
        }
        LOG.info(banner.toString());
    }
}
