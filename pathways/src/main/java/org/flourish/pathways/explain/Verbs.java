package org.flourish.pathways.explain;

/** What happened in a statement, in words: an ADL or Flourish verb's own ("Passed"), any other verb as "Took part in". */
public final class Verbs {

    private Verbs() {
    }

    public static String said(String iri, Words words) {
        String key = "verb." + iri.substring(iri.lastIndexOf('/') + 1);
        return words.has(key) ? words.get(key) : words.get("verb.other");
    }
}
