package org.flourish.pathways.rdf;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.flourish.pathways.model.WeeklySlot;
import org.flourish.pathways.vocab.FL;

/**
 * {@code fl:Schedule} nodes as {@link WeeklySlot}s: {@code fl:weekday} days, {@code fl:startTime} and
 * {@code fl:endTime} as {@code xsd:time} (a time zone, if any, is ignored: schedules are in local time).
 */
final class Schedules {

    private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d\\d:\\d\\d)$");
    private static final DateTimeFormatter XSD_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Schedules() {
    }

    /** The slots named by {@code property} (e.g. {@code fl:schedule}, {@code fl:availableOn}) of the subject. */
    static List<WeeklySlot> read(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(s -> slot(s.getResource())).toList();
    }

    static WeeklySlot slot(Resource schedule) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        schedule.listProperties(FL.weekday).forEach(day -> days.add(Terms.weekday(day.getObject())
                .orElseThrow(() -> new IllegalArgumentException("unknown weekday " + day.getObject() + " in a "
                        + "schedule of " + Properties.describe(schedule)))));
        Optional<LocalTime> start = time(schedule, FL.startTime);
        Optional<LocalTime> end = time(schedule, FL.endTime);
        return new WeeklySlot(days, start, end);
    }

    private static Optional<LocalTime> time(Resource schedule, Property property) {
        // xsd:time may carry a zone (Z, +01:00): the local time is the part before it.
        return Properties.optionalLiteral(schedule, property).map(literal -> LocalTime.parse(
                ZONE.matcher(literal.getLexicalForm()).replaceFirst("")));
    }

    /** Adds a {@code fl:Schedule} blank node for the slot to {@code model} and links it from the subject. */
    static void write(Model model, Resource subject, Property property, WeeklySlot slot) {
        Resource schedule = model.createResource().addProperty(RDF.type, FL.Schedule);
        slot.days().stream().sorted().forEach(day -> schedule.addProperty(FL.weekday, Terms.term(day)));
        slot.start().ifPresent(start -> schedule.addProperty(FL.startTime, time(model, start)));
        slot.end().ifPresent(end -> schedule.addProperty(FL.endTime, time(model, end)));
        subject.addProperty(property, schedule);
    }

    private static Literal time(Model model, LocalTime time) {
        return model.createTypedLiteral(XSD_TIME.format(time), XSDDatatype.XSDtime);
    }
}
