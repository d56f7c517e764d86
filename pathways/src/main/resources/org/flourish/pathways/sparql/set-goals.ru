# Replaces the goals set through the API for the learner graph ?graph; ?goals is added afterwards.
PREFIX fl: <https://w3id.org/flourish/ns#>
DELETE { GRAPH ?graph { ?graph fl:goal ?goal . ?goal ?p ?o } }
WHERE  { GRAPH ?graph { ?graph fl:goal ?goal . ?goal ?p ?o } }
