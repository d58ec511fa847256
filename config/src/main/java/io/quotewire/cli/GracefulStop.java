package io.quotewire.cli;

import org.springframework.integration.jms.inbound.JmsMessageDrivenEndpoint;

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
        LocalExecutions local = context.getBean(LocalExecutions.class);
        var running = local.running();
        if (running.isEmpty() && !local.partitions().isEmpty()) {
            stopWorker(context, local, signal, exitCode);
            return;
        }
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

    /**
     * A worker process (quotewire worker) has partitions and no job execution: it takes no further request, asks its
     * partitions to stop at their next chunk boundary (they end STOPPED, the manager's step with them, and a restart
     * resumes them), and exits once they have.
     */
    private static void stopWorker(ConfigurableApplicationContext context, LocalExecutions local, Signal signal,
                                   int exitCode) {
        for (StepExecution step : local.partitions()) {
            System.err.println("quotewire: SIG" + signal.getName() + ": stopping partition " + step.getStepName()
                    + " at its next chunk boundary (signal again to quit at once)");
            step.setTerminateOnly();
        }
        // off the signal thread: stopping the listener may wait for the partition its thread runs
        Thread exit = new Thread(() -> {
            context.getBeansOfType(JmsMessageDrivenEndpoint.class).values().forEach(JmsMessageDrivenEndpoint::stop);
            while (!local.partitions().isEmpty()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            Runtime.getRuntime().exit(exitCode);
        }, "worker-stop");
        exit.setDaemon(true);
        exit.start();
    }
}
