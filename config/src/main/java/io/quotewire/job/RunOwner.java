package io.quotewire.job;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The host and process that run a job execution, recorded so that a dead owner can be told from a live one. */
public record RunOwner(String host, long pid) {

    public static RunOwner current() {
        return new RunOwner(hostName(), ProcessHandle.current().pid());
    }

    /** Whether this process can tell if the owner is alive: only on the same host. */
    public boolean isLocal() {
        return host.equals(hostName());
    }

    /** On this host, whether the owning process is still running. */
    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "localhost" : env;
        }
    }
}
