package org.flourish.pathways.web.http;

import java.util.HashMap;
import java.util.Map;

/** What a handler answers: a page to render, or where to go next (after a form: post, redirect, get). */
public sealed interface Result permits Result.Page, Result.Redirect {

    /** A template (under {@code web/templates}) with its variables and HTTP status. */
    record Page(String template, Map<String, Object> model, int status) implements Result {
        public Page {
            model = new HashMap<>(model);
        }

        public static Page of(String template) {
            return new Page(template, Map.of(), 200);
        }

        public Page with(String name, Object value) {
            model.put(name, value);
            return this;
        }

        public Page status(int code) {
            return new Page(template, model, code);
        }
    }

    /** A 303 to a path under the app's root, e.g. {@code /learners}. */
    record Redirect(String path) implements Result {
    }

    static Page page(String template) {
        return Page.of(template);
    }

    static Redirect redirect(String path) {
        return new Redirect(path);
    }
}
