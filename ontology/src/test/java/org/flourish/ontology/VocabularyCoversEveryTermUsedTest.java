package org.flourish.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** A term in the fl: namespace that the vocabulary does not describe is a typo or an undocumented addition. */
class VocabularyCoversEveryTermUsedTest {

    static final List<String> SHIPPED = ClasspathGraphs.SHIPPED;

    private final Graph vocabulary = ClasspathGraphs.load(ClasspathGraphs.VOCABULARY);

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void everyFlourishTermUsedInTheFileIsDescribedInTheVocabulary(String resource) {
        Set<String> undescribed = new TreeSet<>();
        ClasspathGraphs.load(resource).find().forEach(triple -> {
            for (Node node : new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()}) {
                if (node.isURI() && node.getURI().startsWith(FL.NS) && !vocabulary.contains(node, Node.ANY, Node.ANY)) {
                    undescribed.add(node.getURI());
                }
            }
        });
        assertEquals(Set.of(), undescribed);
    }
}
