package org.flourish.lrs.xapi.validate;

/**
 * Where a value sits in the statement, e.g. {@code statement.context.contextActivities.parent[0].id}.
 * A linked chain rendered only when a violation is reported, so valid statements pay for no string building.
 */
final class Path {

    private static final int NO_INDEX = -1;

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    static Path root(String name) {
        return new Path(null, name, NO_INDEX);
    }

    Path property(String propertyName) {
        return new Path(this, propertyName, NO_INDEX);
    }

    Path index(int position) {
        return new Path(this, null, position);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(64);
        appendTo(text);
        return text.toString();
    }

    private void appendTo(StringBuilder text) {
        if (parent == null) {
            text.append(name);
            return;
        }
        parent.appendTo(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else if (isPlainName(name)) {
            text.append('.').append(name);
        } else {
            // Extension IRIs and language tags are keys too: quote them so the path stays unambiguous.
            text.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
    }

    private static boolean isPlainName(String candidate) {
        if (candidate.isEmpty() || !Character.isJavaIdentifierStart(candidate.charAt(0))) {
            return false;
        }
        for (int i = 1; i < candidate.length(); i++) {
            if (!Character.isJavaIdentifierPart(candidate.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
