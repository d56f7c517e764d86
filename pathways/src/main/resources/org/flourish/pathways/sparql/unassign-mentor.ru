# The mentor ?mentor is no longer assigned to the learner ?learner.
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?assignment ?p ?o } }
WHERE  { GRAPH ?graph { ?assignment eng:mentor ?mentor ; eng:learner ?learner ; ?p ?o } }
