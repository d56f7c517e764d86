package org.flourish.pathways.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.flourish.pathways.access.Account;
import org.flourish.pathways.access.Accounts;
import org.flourish.pathways.access.PasswordHash;
import org.flourish.pathways.access.Role;
import org.flourish.pathways.vocab.Engine;

/**
 * Accounts in their own named graph ({@link Graphs#ACCOUNTS}), which the SPARQL endpoint never reads. They are few
 * (people, not learners) and read on every request, so all are held in memory and the graph is written whole on
 * each change, one change at a time.
 */
public final class GraphAccounts implements Accounts {

    private final RdfStore store;
    private final Map<String, Account> accounts = new ConcurrentSkipListMap<>();

    public GraphAccounts(RdfStore store) {
        this.store = store;
        Model graph = store.graph(Graphs.ACCOUNTS);
        graph.listSubjectsWithProperty(Engine.userName).forEach(node -> {
            Account account = read(node);
            accounts.put(account.name(), account);
        });
    }

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public List<Account> all() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized void save(Account account) {
        Map<String, Account> next = new ConcurrentSkipListMap<>(accounts);
        next.put(account.name(), account);
        Model graph = ModelFactory.createDefaultModel();
        next.values().forEach(each -> write(graph, each));
        store.put(Graphs.ACCOUNTS, graph);
        accounts.put(account.name(), account);
    }

    private static Account read(Resource node) {
        return new Account(node.getRequiredProperty(Engine.userName).getString(),
                Role.named(node.getRequiredProperty(Engine.role).getString()),
                PasswordHash.decode(node.getRequiredProperty(Engine.passwordHash).getString()),
                node.getRequiredProperty(Engine.enabled).getBoolean(),
                Optional.ofNullable(node.getProperty(Engine.language)).map(Statement::getString),
                java.time.OffsetDateTime.parse(node.getRequiredProperty(Engine.created).getLiteral().getLexicalForm()).toInstant());
    }

    private static void write(Model graph, Account account) {
        Resource node = graph.createResource(Graphs.ACCOUNTS + ":" + java.net.URLEncoder.encode(account.name(),
                java.nio.charset.StandardCharsets.UTF_8));
        node.addProperty(org.apache.jena.vocabulary.RDF.type, Engine.Account)
                .addProperty(Engine.userName, account.name())
                .addProperty(Engine.role, account.role().term())
                .addProperty(Engine.passwordHash, account.password().encoded())
                .addLiteral(Engine.enabled, account.enabled())
                .addProperty(Engine.created, graph.createTypedLiteral(account.created().toString(),
                        XSDDatatype.XSDdateTime));
        account.language().ifPresent(tag -> node.addProperty(Engine.language, tag));
    }
}
