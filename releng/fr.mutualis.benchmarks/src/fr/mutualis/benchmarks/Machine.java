package fr.mutualis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on, in one line. */
final class Machine {

    private Machine() {
    }

    /**
     * CPU time (user and system, every thread) used so far by a process and the processes it started, in nanoseconds;
     * the operating system counts it in ticks of 10 ms on Linux.
     */
    static long processTreeCpuNanos(ProcessHandle process) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .mapToLong(Machine::cpuNanos).sum();
    }

    /** CPU time used so far by this JVM alone (not the server it started), in nanoseconds. */
    static long ownCpuNanos() {
        return cpuNanos(ProcessHandle.current());
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    static String describe() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            // not Linux: the model stays unknown
        }
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), database "
                + ServerProduct.databaseName();
    }
}
