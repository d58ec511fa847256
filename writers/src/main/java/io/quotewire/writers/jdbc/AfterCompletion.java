package io.quotewire.writers.jdbc;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read cache beside the database does when the caller's transaction ends: its own writes join it on commit,
 * and a rollback drops it (the next look-up reads the database again), so it never holds what the database does not.
 */
final class AfterCompletion {
    private AfterCompletion() {
    }

    /** Runs {@code committed} when the current transaction commits, {@code rolledBack} otherwise; outside one, at once. */
    static void run(Runnable committed, Runnable rolledBack) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    committed.run();
                } else {
                    rolledBack.run();
                }
            }
        });
    }
}
