# Every view of the learner ?learner in the audit graph ?graph names ?replacement instead.
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?view eng:learner ?learner } }
INSERT { GRAPH ?graph { ?view eng:learner ?replacement } }
WHERE  { GRAPH ?graph { ?view eng:learner ?learner } }
