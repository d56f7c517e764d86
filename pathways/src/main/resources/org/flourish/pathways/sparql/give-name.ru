# The learner whose graph is ?graph is called ?name (replacing any name given before).
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?graph eng:givenName ?old } } WHERE { GRAPH ?graph { ?graph eng:givenName ?old } } ;
INSERT DATA { GRAPH ?graph { ?graph eng:givenName ?name } }
