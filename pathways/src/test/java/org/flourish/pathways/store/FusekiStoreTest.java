package org.flourish.pathways.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;

/**
 * The store contract on a remote SPARQL store ({@code flourish.sparql.url}): an embedded Fuseki with an in-memory
 * dataset, on a free loopback port, reached over HTTP as a deployed engine would reach it.
 */
class FusekiStoreTest extends RdfStoreContract {

    private FusekiServer fuseki;

    @Override
    RdfStore openStore() {
        fuseki = FusekiServer.create().loopback(true).port(0)
                .add("/flourish", DatasetFactory.createTxnMem()).build().start();
        return RdfStore.remote("http://127.0.0.1:" + fuseki.getHttpPort() + "/flourish");
    }

    @AfterAll
    void stopFuseki() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }
}
