# Removes the statement ?statementId (and what is said about it) from the learner graph ?graph.
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?statement ?p ?o } }
WHERE  { GRAPH ?graph { ?statement eng:statementId ?statementId ; ?p ?o } }
