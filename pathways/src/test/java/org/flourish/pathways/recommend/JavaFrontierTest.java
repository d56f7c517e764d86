package org.flourish.pathways.recommend;

import org.apache.jena.rdf.model.Model;
import org.flourish.pathways.rdf.FrameworkReader;

class JavaFrontierTest extends FrontierContract {

    @Override
    Frontier frontierOf(Model framework, MasteryThreshold threshold) {
        return new JavaFrontier(FrameworkReader.read(framework), threshold);
    }
}
