# One goal for the learner graph ?graph.
PREFIX fl: <https://w3id.org/flourish/ns#>
INSERT DATA { GRAPH ?graph { ?graph fl:goal ?goal . ?goal a fl:Goal ; fl:targetCompetency ?competency ;
                                                        fl:targetMastery ?target } }
