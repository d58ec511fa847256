package io.quotewire.cli;

import io.quotewire.job.LocalExecutions;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT stop a running job at its next chunk boundary, so it ends STOPPED and restartable instead of
 * being left STARTED. The signal is handled before the JVM starts shutting down (a shutdown hook would race H2's own,
 * which closes the database under the job). With no job running, or on a second signal, the process exits at once.
 */
final class GracefulStop {
    private GracefulStop() {
    }

    static void install(ConfigurableApplicationContext context) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> onSignal(context, stopping, signal));
            } catch (IllegalArgumentException unsupported) {
                // a platform without this signal: the JVM's default handling stays
            }
        }
    }

    private static void onSignal(ConfigurableApplicationContext context, AtomicBoolean stopping, Signal signal) {
        int exitCode = 128 + signal.getNumber();
        if (stopping.getAndSet(true) || !context.isActive()) {
            Runtime.getRuntime().exit(exitCode);
            return;
        }
        var running = context.getBean(LocalExecutions.class).running();
        if (running.isEmpty()) {
            Runtime.getRuntime().exit(exitCode);
            return;
        }
        JobOperator jobOperator = context.getBean(JobOperator.class);
        for (JobExecution execution : running) {
            System.err.println("quotewire: SIG" + signal.getName() + ": stopping execution " + execution.getId()
                    + " at its next chunk boundary (signal again to quit at once)");
            try {
                jobOperator.stop(execution);
            } catch (Exception e) {
                System.err.println("quotewire: cannot stop execution " + execution.getId() + ": "
                        + SpringLauncher.rootMessage(e));
            }
        }
    }
}
