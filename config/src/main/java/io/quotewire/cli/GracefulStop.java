package io.quotewire.cli;

import io.quotewire.job.LocalExecutions;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
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
        for (JobExecution execution : running) {
            System.err.println("quotewire: SIG" + signal.getName() + ": stopping execution " + execution.getId()
                    + " at its next chunk boundary (signal again to quit at once)");
            // On the live objects only. JobOperator.stop also writes the step execution to the repository from
            // this thread while the step may be writing it at the end of a chunk; the two versions then clash and
            // the step fails instead of stopping (spring-batch #5120, #5484). A step checks terminateOnly at every
            // chunk boundary; a job that is stopping starts no further step.
            execution.setStatus(BatchStatus.STOPPING);
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setTerminateOnly();
                }
            }
        }
    }
}
