# Keeps one statement as evidence in the learner graph ?graph.
PREFIX eng: <https://w3id.org/flourish/engine#>
INSERT DATA { GRAPH ?graph { ?statement a eng:Statement ; eng:statementId ?statementId ; eng:stored ?stored ;
                                         eng:json ?json } }
