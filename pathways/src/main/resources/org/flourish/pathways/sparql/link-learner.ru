# The learner key ?alias names the same learner as the canonical key ?canonical, in the links graph ?graph.
PREFIX eng: <https://w3id.org/flourish/engine#>
INSERT { GRAPH ?graph { ?link a eng:LearnerLink ; eng:alias ?alias ; eng:canonical ?canonical } }
WHERE  { FILTER NOT EXISTS { GRAPH ?graph { ?any eng:alias ?alias ; eng:canonical ?canonical } } }
