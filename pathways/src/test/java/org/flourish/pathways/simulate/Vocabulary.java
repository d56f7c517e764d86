package org.flourish.pathways.simulate;

import java.time.DayOfWeek;
import java.util.List;

import org.flourish.pathways.vocab.FL;

/** Flourish terms the engine's {@link FL} does not name (it reads none of them), and the simulator's own IRIs. */
final class Vocabulary {

    static final String SIM = "https://w3id.org/flourish/simulated/";

    /** The seven Learning Metrics Task Force domains, then nature and community. */
    static final List<String> LMTF_DOMAINS = List.of(FL.NS + "PhysicalWellbeing", FL.NS + "SocialEmotional",
            FL.NS + "CultureArts", FL.NS + "LiteracyCommunication", FL.NS + "LearningApproachesCognition",
            FL.NS + "NumeracyMathematics", FL.NS + "ScienceTechnology");
    static final List<String> DOMAINS = List.of(LMTF_DOMAINS.get(0), LMTF_DOMAINS.get(1), LMTF_DOMAINS.get(2),
            LMTF_DOMAINS.get(3), LMTF_DOMAINS.get(4), LMTF_DOMAINS.get(5), LMTF_DOMAINS.get(6),
            FL.NS + "NatureEnvironment", FL.NS + "CommunityCitizenship");
    static final List<String> DOMAIN_CODES = List.of("PHY", "SEL", "ART", "LIT", "COG", "NUM", "SCI", "NAT", "CIT");

    static final List<String> PROVIDER_KINDS = List.of("School", "NGO", "YouthGroup", "CommunityProgramme",
            "GovernmentProgramme", "Vendor", "Library", "Broadcaster");
    static final List<String> OPPORTUNITY_KINDS = List.of("SchoolClass", "BridgingClass", "RemedialSession", "Club",
            "Workshop", "RadioSeries", "SmsCourse", "ReadingProgramme", "SportsProgramme", "Mentoring", "Camp");

    static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";

    private Vocabulary() {
    }

    static String fl(String localName) {
        return FL.NS + localName;
    }

    /** {@code fl:Monday} ... {@code fl:Sunday}. */
    static String weekday(DayOfWeek day) {
        String name = day.name();
        return FL.NS + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static String assessmentType(String competency) {
        return SIM + "assessment-type/" + code(competency);
    }

    /** The last path segment of a competency IRI (its notation). */
    static String code(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
