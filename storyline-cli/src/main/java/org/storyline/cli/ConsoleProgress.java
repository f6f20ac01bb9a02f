package org.storyline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import org.storyline.analysis.Progress;

/**
 * Shows progress on stderr: a bar redrawn in place on a terminal, otherwise one line per finished stage (so
 * that logs stay readable). Thread-safe: stages report from worker threads.
 */
final class ConsoleProgress implements Progress {
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private String stage = "";
    private int done;
    private int total;
    private long stageStartNanos;

    /** @param terminal true to redraw a bar in place, false for one plain line per stage */
    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
    }

    @Override
    public synchronized void advanced(String newStage, int newDone, int newTotal) {
        if (!newStage.equals(stage)) {
            endStage();
            stage = newStage;
            stageStartNanos = System.nanoTime();
        }
        done = newDone;
        total = newTotal;
        if (terminal) {
            err.print("\r" + bar() + "\u001b[K");
            err.flush();
        }
    }

    /** Ends the last stage's line; call once when the work is over. */
    synchronized void finish() {
        endStage();
        stage = "";
    }

    private void endStage() {
        if (stage.isEmpty()) {
            return;
        }
        double seconds = (System.nanoTime() - stageStartNanos) / 1e9;
        String took = String.format(Locale.ROOT, " in %.1f s", seconds);
        if (terminal) {
            err.println("\r" + bar() + took + "\u001b[K");
        } else {
            err.println(stage + ": " + done + " of " + total + " done" + took);
        }
        err.flush();
    }

    private String bar() {
        int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, (long) BAR_WIDTH * done / total);
        return String.format(
                Locale.ROOT,
                "%-8s [%s%s] %d/%d",
                stage,
                "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled),
                done,
                total);
    }
}
