package org.storyline.eval.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The JVM's peak heap use, read from the garbage collector's memory pools.
 *
 * <p>The figure is the sum of every heap pool's peak since the last {@link #reset()}. Pools peak at different
 * moments, so the sum is an upper bound of the true peak; it counts garbage not yet collected too, so it says
 * how much heap the work needed with the JVM's {@code -Xmx}, not the size of the live data.
 */
public final class HeapPeak {
    private HeapPeak() {}

    /** Collects garbage (a hint the JVM may ignore), then starts every heap pool's peak afresh. */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last {@link #reset()}, in MiB. */
    public static double megabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** The most heap the JVM may use ({@code -Xmx}), in MiB. */
    public static double maxMegabytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024.0 * 1024.0);
    }
}
