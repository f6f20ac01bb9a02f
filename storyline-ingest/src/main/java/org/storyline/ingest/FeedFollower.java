package org.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.ingest.feed.FeedItem;
import org.storyline.ingest.fetch.FetchResult;
import org.storyline.ingest.fetch.PageFetcher;

/**
 * Fetches and reads the pages that feed entries link to, a few at a time, and returns the results in feed
 * order whatever order the fetches finish in.
 *
 * <p>Thread-safe: each call uses its own pool, shut down before it returns.
 */
final class FeedFollower {
    /**
     * One followed entry.
     *
     * @param item the feed entry
     * @param fetched the fetched page or why there is none
     * @param reading what the page held, when it was fetched
     */
    record Followed(FeedItem item, FetchResult fetched, Optional<Reading> reading) {
        Followed {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(fetched, "fetched");
            Objects.requireNonNull(reading, "reading");
        }
    }

    private final PageFetcher fetcher;
    private final PageReader reader;
    private final int threads;

    FeedFollower(PageFetcher fetcher, PageReader reader, int threads) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.threads = threads;
    }

    /** Fetches and reads every item's link; {@code items} must all have a link. */
    List<Followed> follow(List<FeedItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<Followed>> pending = new ArrayList<>();
            for (FeedItem item : items) {
                Callable<Followed> task = () -> followOne(item);
                pending.add(pool.submit(task));
            }
            List<Followed> results = new ArrayList<>();
            for (Future<Followed> future : pending) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching feed entries", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("fetching a feed entry failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Followed followOne(FeedItem item) {
        FetchResult fetched = fetcher.fetch(item.link());
        Optional<Reading> reading = fetched.page().map(page -> reader.read(page, item.link()));
        return new Followed(item, fetched, reading);
    }
}
