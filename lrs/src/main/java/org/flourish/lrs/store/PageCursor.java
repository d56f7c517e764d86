package org.flourish.lrs.store;

/**
 * Where a query's next page starts: after the storage position {@code after}, and never beyond {@code horizon}, the
 * last position known committed when the first page was read. Fixing the horizon keeps every page of one query
 * consistent while new statements keep arriving; both are plain numbers, so a cursor survives a restart.
 */
public record PageCursor(long after, long horizon) {
}
