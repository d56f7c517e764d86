package org.flourish.lrs.forward;

import java.util.List;
import org.flourish.lrs.store.StoredStatement;

/** Sends a batch of statements, in order, to a subscription's target. */
public interface StatementDelivery {

    /** Returns when the target has accepted the whole batch; throws {@link DeliveryFailedException} otherwise. */
    void deliver(Subscription subscription, List<StoredStatement> batch);
}
