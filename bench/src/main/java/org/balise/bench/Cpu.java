package org.balise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cores kept busy during a phase: by the Balise process, by this JVM (client threads, and the baseline server
 * when it is the target), and by the whole machine (/proc/stat, other users' work included).
 */
record Cpu(double serverCores, double jitCores, double benchCores, double machineCores) {

    /** CPU times so far; -1 where unknown (the /proc figures exist on Linux only). */
    record Snapshot(long serverNanos, long serverTicks, long jitTicks, long benchNanos, long machineBusy, long machineTotal,
            int machineCpus) {
    }

    static Snapshot snapshot(long serverPid) {
        long server = ProcessHandle.of(serverPid).flatMap(process -> process.info().totalCpuDuration())
                .map(Duration::toNanos).orElse(-1L);
        long bench = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        long[] ticks = serverTicks(serverPid);
        long busy = -1;
        long total = -1;
        int cpus = 0;
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.getFirst().trim().split("\\s+");
            if (cpu.length > 5 && cpu[0].equals("cpu")) {
                total = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) {
                    total += Long.parseLong(cpu[i]);
                }
                busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]); // idle, iowait
                cpus = (int) lines.stream().filter(line -> line.matches("cpu\\d+ .*")).count();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: machine figure unknown
        }
        return new Snapshot(server, ticks[0], ticks[1], bench, busy, total, cpus);
    }

    /**
     * Clock ticks of the server process, and of its JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"
     * in /proc/PID/task/TID/comm): while the JIT still works hard, the server is not warm yet.
     */
    private static long[] serverTicks(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            long process = ticks(Path.of("/proc", Long.toString(pid), "stat"));
            long jit = 0;
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm"));
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        jit += ticks(task.resolve("stat"));
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
            return new long[] {process, jit};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /** utime + stime of a /proc stat line (fields 14 and 15, counted after the parenthesised command name). */
    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static Cpu between(Snapshot before, Snapshot after, long elapsedNanos) {
        double server = before.serverNanos() < 0 || after.serverNanos() < 0 ? Double.NaN
                : (double) (after.serverNanos() - before.serverNanos()) / elapsedNanos;
        long serverTicks = after.serverTicks() - before.serverTicks();
        double jit = before.serverTicks() < 0 || after.serverTicks() < 0 || Double.isNaN(server) ? Double.NaN
                : serverTicks <= 0 ? 0 : server * (after.jitTicks() - before.jitTicks()) / serverTicks;
        double bench = before.benchNanos() < 0 ? Double.NaN : (double) (after.benchNanos() - before.benchNanos()) / elapsedNanos;
        long total = after.machineTotal() - before.machineTotal();
        double machine = before.machineTotal() < 0 || total <= 0 ? Double.NaN
                : (double) (after.machineBusy() - before.machineBusy()) / total * after.machineCpus();
        return new Cpu(server, jit, bench, machine);
    }
}
