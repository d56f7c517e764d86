# Erases the learner ?learner (learner key): their graph ?graph (statements, stated context, goals, pins, vetoes),
# their mentor assignments in ?assignments and every link that names them in ?links.
PREFIX eng: <https://w3id.org/flourish/engine#>
DROP SILENT GRAPH ?graph ;
DELETE { GRAPH ?assignments { ?assignment ?p ?o } }
WHERE  { GRAPH ?assignments { ?assignment eng:learner ?learner ; ?p ?o } } ;
DELETE { GRAPH ?links { ?link ?p ?o } }
WHERE  { GRAPH ?links { { ?link eng:alias ?learner } UNION { ?link eng:canonical ?learner } ?link ?p ?o } }
