package org.storyline.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and stops reading once the limit is passed, so a 100 MB page
 * costs no more than the limit.
 *
 * <p>One instance per response, as the HTTP client requires.
 */
final class CappedBodySubscriber implements BodySubscriber<CappedBodySubscriber.Body> {
    /**
     * A received body.
     *
     * @param bytes the bytes received, at most the limit
     * @param truncated true if the body was longer than the limit and reading stopped
     */
    record Body(byte[] bytes, boolean truncated) {}

    private final long maxBytes;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        this.subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.write(chunk, 0, chunk.length);
        }
        if (received.size() > maxBytes) {
            subscription.cancel();
            result.complete(new Body(new byte[0], true));
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new Body(received.toByteArray(), false));
    }
}
