# The mentor ?mentor (user name) is assigned to the learner ?learner (learner key), in the assignments graph ?graph.
PREFIX eng: <https://w3id.org/flourish/engine#>
INSERT { GRAPH ?graph { ?assignment a eng:Assignment ; eng:mentor ?mentor ; eng:learner ?learner } }
WHERE  { FILTER NOT EXISTS { GRAPH ?graph { ?any eng:mentor ?mentor ; eng:learner ?learner } } }
