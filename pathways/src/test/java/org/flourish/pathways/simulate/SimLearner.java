package org.flourish.pathways.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flourish.pathways.model.GeoPoint;
import org.flourish.pathways.model.Modality;
import org.flourish.pathways.model.WeeklySlot;

/**
 * One simulated child: their circumstances as the world knows them (the hard constraints are checked against these,
 * independently of what the engine parsed), their goals, and their latent mastery of every competency (the
 * probability of succeeding at an average item of it), which only the world and the oracle see. Mutable: the
 * simulation moves the latent mastery week by week.
 */
final class SimLearner {

    final int index;
    final String key;
    final String mbox;
    final int age;
    final Set<String> languages;
    final GeoPoint location;
    final double maxTravelKm;
    final BigDecimal budget;
    final Set<Modality> reachableBy;
    final List<WeeklySlot> availability;
    final boolean hasMaterials;
    final double learningRate;
    final Map<String, Double> interest;
    final double[] latent;
    final double[] initial;
    final Set<String> goals;
    /** What the child has learnt in each domain so far, week by week, before anything is forgotten. */
    final Map<String, Double> learntByDomain = new HashMap<>();

    SimLearner(int index, int age, Set<String> languages, GeoPoint location, double maxTravelKm, BigDecimal budget,
               Set<Modality> reachableBy, List<WeeklySlot> availability, boolean hasMaterials, double learningRate,
               Map<String, Double> interest, double[] latent, List<String> goals) {
        this.index = index;
        this.mbox = "mailto:learner-" + index + "@sim.example";
        this.key = "mbox:" + mbox;
        this.age = age;
        this.languages = Set.copyOf(languages);
        this.location = location;
        this.maxTravelKm = maxTravelKm;
        this.budget = budget;
        this.reachableBy = Set.copyOf(reachableBy);
        this.availability = List.copyOf(availability);
        this.hasMaterials = hasMaterials;
        this.learningRate = learningRate;
        this.interest = Map.copyOf(interest);
        this.latent = latent.clone();
        this.initial = latent.clone();
        this.goals = new LinkedHashSet<>(goals);
    }

    /** No internet: reached in person, by radio, SMS or printed material only. */
    boolean offlineOnly() {
        return !reachableBy.contains(Modality.ONLINE);
    }

    /** Speaks no majority language (Wolof). */
    boolean minorityLanguage() {
        return !languages.contains("wo");
    }

    List<String> goalList() {
        return new ArrayList<>(goals);
    }
}
