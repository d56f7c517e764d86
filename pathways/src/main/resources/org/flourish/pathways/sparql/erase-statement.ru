# Erases the statement ?statementId wherever the engine keeps it (any learner's graph), and forgets that the LRS
# reader read it (?reader: the reader's position graph).
PREFIX eng: <https://w3id.org/flourish/engine#>
DELETE { GRAPH ?graph { ?statement ?p ?o } }
WHERE  { GRAPH ?graph { ?statement eng:statementId ?statementId ; ?p ?o } } ;
DELETE { GRAPH ?reader { ?position eng:readAtLastStored ?statementId } }
WHERE  { GRAPH ?reader { ?position eng:readAtLastStored ?statementId } }
