# Removes the context node ?context from the learner graph ?graph, with its availability slots; the new context
# is inserted by the same request.
PREFIX fl: <https://w3id.org/flourish/ns#>
DELETE { GRAPH ?graph { ?context ?p ?o . ?slot ?sp ?so } }
WHERE  { GRAPH ?graph { { ?context ?p ?o } UNION { ?context fl:availableOn ?slot . ?slot ?sp ?so } } }
