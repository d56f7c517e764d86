package org.flourish.pathways.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the Flourish vocabulary ({@code https://w3id.org/flourish/ns#}, prefix {@code fl:}), as defined in the
 * {@code ontology} module. Code refers to these constants, never to inline IRI strings.
 */
public final class FL {

    public static final String NS = "https://w3id.org/flourish/ns#";
    public static final String PREFIX = "fl";

    /** schema.org, for {@code schema:inLanguage}. */
    public static final String SCHEMA_NS = "https://schema.org/";

    // Competency frameworks
    public static final Resource Competency = resource("Competency");
    public static final Resource Framework = resource("Framework");
    public static final Resource Domain = resource("Domain");
    public static final Property domain = property("domain");

    // Prerequisites
    public static final Resource PrerequisiteGroup = resource("PrerequisiteGroup");
    public static final Property prerequisite = property("prerequisite");
    public static final Property combination = property("combination");
    public static final Resource AllOf = resource("AllOf");
    public static final Resource AnyOf = resource("AnyOf");
    public static final Property requires = property("requires");
    public static final Property minMastery = property("minMastery");

    // Learning opportunities
    public static final Resource LearningOpportunity = resource("LearningOpportunity");
    public static final Resource Provider = resource("Provider");
    public static final Property develops = property("develops");
    public static final Property offeredBy = property("offeredBy");
    public static final Property inLanguage = ResourceFactory.createProperty(SCHEMA_NS, "inLanguage");
    public static final Property minAge = property("minAge");
    public static final Property maxAge = property("maxAge");
    public static final Property latitude = property("latitude");
    public static final Property longitude = property("longitude");
    public static final Property costPerMonth = property("costPerMonth");
    public static final Property modality = property("modality");
    public static final Resource InPerson = resource("InPerson");
    public static final Resource Online = resource("Online");
    public static final Resource Radio = resource("Radio");
    public static final Resource SMS = resource("SMS");
    public static final Resource Offline = resource("Offline");
    public static final Property capacity = property("capacity");
    public static final Property materialsNeeded = property("materialsNeeded");
    public static final Property activityId = property("activityId");
    public static final Property accessibility = property("accessibility");
    public static final Property schedule = property("schedule");
    public static final Resource Schedule = resource("Schedule");
    public static final Property startTime = property("startTime");
    public static final Property endTime = property("endTime");

    // Evidence rules: which xAPI statements count as evidence of which competency
    public static final Resource EvidenceRule = resource("EvidenceRule");
    public static final Property verb = property("verb");
    public static final Property activity = property("activity");
    public static final Property activityType = property("activityType");
    public static final Property evidenceOf = property("evidenceOf");
    public static final Property weight = property("weight");
    public static final Property evidenceKind = property("evidenceKind");
    public static final Resource Assessed = resource("Assessed");
    public static final Resource Observed = resource("Observed");
    public static final Resource Participation = resource("Participation");

    // Learners: identity, context and goals
    public static final Resource Learner = resource("Learner");
    public static final Property mbox = property("mbox");
    public static final Property accountHomePage = property("accountHomePage");
    public static final Property accountName = property("accountName");
    public static final Property age = property("age");
    public static final Property birthDate = property("birthDate");
    public static final Property speaks = property("speaks");
    public static final Property maxTravelKm = property("maxTravelKm");
    public static final Property maxCostPerMonth = property("maxCostPerMonth");
    public static final Property availableOn = property("availableOn");
    public static final Property weekday = property("weekday");
    public static final Property constraint = property("constraint");
    public static final Resource NoInternet = resource("NoInternet");
    public static final Resource NoPhone = resource("NoPhone");
    public static final Resource NoRadio = resource("NoRadio");
    public static final Property reachableBy = property("reachableBy");
    public static final Property hasMaterials = property("hasMaterials");
    public static final Property accessibilityNeed = property("accessibilityNeed");
    public static final Property goal = property("goal");
    public static final Resource Goal = resource("Goal");
    public static final Property targetCompetency = property("targetCompetency");
    public static final Property targetMastery = property("targetMastery");

    /** schema.org's name, the title of opportunities and providers in the catalogues. */
    public static final Property name = ResourceFactory.createProperty(SCHEMA_NS, "name");

    /**
     * A learner's current mastery mean for a competency ({@code competency fl:masteryMean "0.7"^^xsd:double}),
     * written only into the learner's own named graph so that SPARQL can join it with the framework.
     */
    public static final Property masteryMean = property("masteryMean");

    private FL() {
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
