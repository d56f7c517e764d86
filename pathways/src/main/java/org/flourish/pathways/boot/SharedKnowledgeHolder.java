package org.flourish.pathways.boot;

import java.util.concurrent.atomic.AtomicReference;

import org.flourish.pathways.service.SharedKnowledge;

/** The current shared knowledge; an upload swaps in a new one atomically, readers never see a half-built one. */
public final class SharedKnowledgeHolder {

    private final AtomicReference<SharedKnowledge> current;

    public SharedKnowledgeHolder(SharedKnowledge initial) {
        this.current = new AtomicReference<>(initial);
    }

    public SharedKnowledge current() {
        return current.get();
    }

    public void replace(SharedKnowledge next) {
        current.set(next);
    }
}
