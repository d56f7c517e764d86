# A mentor's mark (?mark: pinned or vetoed) of ?opportunity for the learner whose graph is ?graph.
INSERT DATA { GRAPH ?graph { ?graph ?mark ?opportunity } }
