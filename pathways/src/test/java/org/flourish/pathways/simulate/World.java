package org.flourish.pathways.simulate;

/** The curriculum and catalogue of one seed and condition; the population is generated anew for every policy. */
record World(SimulationConfig config, long seed, Curriculum curriculum, Catalogue catalogue) {

    static World build(SimulationConfig config, long seed) {
        Curriculum curriculum = config.curriculum().equals("sample") ? SampleCurriculum.load()
                : SyntheticCurriculum.generate(seed, config.competencies());
        Catalogue catalogue = SyntheticCatalogue.generate(curriculum, seed, config.opportunities(),
                config.providers());
        if (config.prerequisiteNoise() > 0) {
            curriculum = PrerequisiteNoise.perturb(curriculum, config.prerequisiteNoise(), seed);
        }
        return new World(config, seed, curriculum, catalogue);
    }

    Population population() {
        return Population.generate(curriculum, catalogue, seed, config.learners());
    }
}
