package org.flourish.ontology;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates RDF files against the Flourish shapes from the command line, for someone preparing a framework,
 * catalogue or rule file before handing it over:
 * <pre>
 * mvn -q -o -pl ontology test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.flourish.ontology.ValidateFiles -Dexec.args="/abs/path/catalogue.ttl"
 * </pre>
 * Prints the validation report of each file that does not conform and exits with status 1 if any did not.
 */
public final class ValidateFiles {

    private ValidateFiles() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.stream(args).map(Path::of).toList(), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<Path> files, PrintStream out) {
        FlourishShapes shapes = new FlourishShapes();
        int status = 0;
        for (Path file : files) {
            Graph data = GraphFactory.createDefaultGraph();
            RDFParser.source(file).parse(data);
            ValidationReport report = shapes.validate(data);
            if (report.conforms()) {
                out.println(file + ": conforms");
            } else {
                out.println(file + ": does not conform, " + report.getEntries().size() + " problem(s)");
                RDFWriter.source(report.getModel()).format(RDFFormat.TURTLE_PRETTY).output(out);
                status = 1;
            }
        }
        return status;
    }
}
