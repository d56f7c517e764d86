package org.flourish.pathways.web.http;

import java.util.List;

import org.flourish.pathways.access.Role;

/** The links at the top of every page: each role's own pages, then the account page. */
public final class Navigation {

    /** One link: where it goes (under the app's root) and its words' message key. */
    public record Item(String href, String labelKey) {
    }

    private Navigation() {
    }

    public static List<Item> of(Role role) {
        return switch (role) {
            case MENTOR -> List.of(new Item("/learners", "nav.myLearners"), new Item("/account", "nav.account"));
            case COORDINATOR -> List.of(new Item("/coordinator/learners", "nav.learners"),
                    new Item("/coordinator/links", "nav.links"), new Item("/coordinator/uploads", "nav.uploads"),
                    new Item("/coordinator/providers", "nav.providers"), new Item("/accounts", "nav.accounts"),
                    new Item("/account", "nav.account"));
            case ADMIN -> List.of(new Item("/accounts", "nav.accounts"),
                    new Item("/admin/providers", "nav.lrsProviders"),
                    new Item("/admin/subscriptions", "nav.subscriptions"), new Item("/admin/erasure", "nav.erasure"),
                    new Item("/admin/audit", "nav.audit"), new Item("/account", "nav.account"));
            case FORWARDER -> List.of(new Item("/account", "nav.account"));
        };
    }

    /** Where a role starts after signing in. */
    public static String home(Role role) {
        return of(role).get(0).href();
    }
}
