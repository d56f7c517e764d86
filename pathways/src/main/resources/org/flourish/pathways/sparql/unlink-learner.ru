# The learner key ?alias no longer names the learner ?canonical.
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?link ?p ?o } }
WHERE  { GRAPH ?graph { ?link eng:alias ?alias ; eng:canonical ?canonical ; ?p ?o } }
