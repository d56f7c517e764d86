package org.flourish.pathways.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes by method and path (under the app's root): {@code /learners/{id}/pins}, where a {@code {name}} is one
 * path segment, handed to the handler as a path parameter.
 */
public final class Router {

    private record Route(String method, Pattern pattern, List<String> names, Handler handler) {
    }

    /** A matched route: its handler and the path parameters. */
    public record Match(Handler handler, java.util.Map<String, String> parameters) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)\\}");

    private final List<Route> routes = new ArrayList<>();

    public Router get(String path, Handler handler) {
        return add("GET", path, handler);
    }

    public Router post(String path, Handler handler) {
        return add("POST", path, handler);
    }

    private Router add(String method, String path, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(path.substring(last, matcher.start()))).append("([^/]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        routes.add(new Route(method, Pattern.compile(regex.toString()), names, handler));
        return this;
    }

    /** The route for this method and path; a GET route also answers HEAD. */
    public Optional<Match> match(String method, String path) {
        String asked = method.equals("HEAD") ? "GET" : method;
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (route.method().equals(asked) && matcher.matches()) {
                java.util.Map<String, String> parameters = new java.util.HashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    parameters.put(route.names().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(route.handler(), parameters));
            }
        }
        return Optional.empty();
    }

    /** Whether some route answers this path with another method (405 rather than 404). */
    public boolean knowsPath(String path) {
        return routes.stream().anyMatch(route -> route.pattern().matcher(path).matches());
    }
}
