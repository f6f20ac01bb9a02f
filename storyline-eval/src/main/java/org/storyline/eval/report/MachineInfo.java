package org.storyline.eval.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine numbers were measured on, as the report records it.
 *
 * @param cpu the CPU model ({@code /proc/cpuinfo}), or "unknown"
 * @param cores processors available to the JVM (what {@code nproc} prints)
 * @param memoryGib total memory ({@code /proc/meminfo}), 0 when unknown
 * @param java the Java runtime ("OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1")
 * @param os the operating system ("Linux 6.1 amd64")
 */
public record MachineInfo(String cpu, int cores, double memoryGib, String java, String os) {
    public MachineInfo {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(os, "os");
    }

    /** This machine, read from {@code /proc} and the JVM's system properties. */
    public static MachineInfo detect() {
        String cpu = field(Path.of("/proc/cpuinfo"), "model name").orElse("unknown");
        double memory = field(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / (1024.0 * 1024.0))
                .orElse(0.0);
        String java = System.getProperty("java.vm.name", "Java") + " "
                + System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
        String os = System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?") + " "
                + System.getProperty("os.arch", "?");
        return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memory, java, os);
    }

    /** One line: {@code AMD EPYC, 2 cores, 23.4 GiB, OpenJDK ... 17.0.15, Linux ...}. */
    public String describe() {
        return String.format(
                Locale.ROOT, "%s, %d cores (nproc), %.1f GiB memory, %s, %s", cpu, cores, memoryGib, java, os);
    }

    private static Optional<String> field(Path file, String name) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the machine description is informative only; an unreadable /proc file reads as "unknown"
            return Optional.empty();
        }
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
                return Optional.of(line.substring(colon + 1).trim());
            }
        }
        return Optional.empty();
    }
}
