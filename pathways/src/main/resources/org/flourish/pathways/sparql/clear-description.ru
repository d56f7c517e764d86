# Removes from the graph ?graph every triple about ?subject and about the blank nodes it points to (a learner
# context's availability slots); the new description is inserted by the same request. Used for remote stores only:
# locally the triples are removed by subject as stored (see RdfStore.replaceDescription).
DELETE { GRAPH ?graph { ?subject ?p ?o . ?blank ?bp ?bo } }
WHERE  { GRAPH ?graph { { ?subject ?p ?o } UNION { ?subject ?link ?blank . FILTER isBlank(?blank) ?blank ?bp ?bo } } }
