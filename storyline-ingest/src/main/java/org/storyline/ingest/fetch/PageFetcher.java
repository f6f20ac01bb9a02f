package org.storyline.ingest.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.storyline.ingest.content.TextDecoder;
import org.storyline.model.Diagnostic;
import org.storyline.model.Page;

/**
 * Fetches one http(s) URL into a {@link Page}: follows redirects, gives up after the timeout, reads at most
 * {@code maxBytes} and identifies itself with {@value #USER_AGENT}.
 *
 * <p>Never throws for an unreachable host, a bad status or a huge page: those come back as a
 * {@link Diagnostic} ({@code FETCH_FAILED}, {@code FETCH_HTTP_STATUS}, {@code INGEST_TOO_LARGE}). Thread-safe;
 * share one instance, since it holds the HTTP client and its connection pool.
 */
public final class PageFetcher {
    public static final String USER_AGENT = "Storyline/0.1 (+https://github.com/storyline)";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /**
     * @param timeout the longest one fetch may take, connecting and reading included
     * @param maxBytes the largest body accepted
     */
    public PageFetcher(Duration timeout, long maxBytes) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0) {
            throw new IllegalArgumentException(
                    "expected a positive timeout and byte limit, found " + timeout + " and " + maxBytes);
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
    }

    /** Fetches {@code url}; never throws for network or server trouble. */
    public FetchResult fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return FetchResult.failed(failed(url, "it is not a valid URL (" + e.getMessage() + ")"));
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT)
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return FetchResult.failed(failed(url, "it is not a fetchable URL (" + e.getMessage() + ")"));
        }
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> pending =
                client.sendAsync(request, this::bodySubscriber);
        try {
            return toResult(url, pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return FetchResult.failed(failed(url, "no complete answer within " + seconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            return FetchResult.failed(failed(url, "the fetch was interrupted"));
        } catch (ExecutionException e) {
            return FetchResult.failed(failed(url, reason(e.getCause())));
        }
    }

    private HttpResponse.BodySubscriber<CappedBodySubscriber.Body> bodySubscriber(HttpResponse.ResponseInfo info) {
        boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
        long declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        // error pages and bodies announced as too large are not worth reading: stop at the first bytes
        return new CappedBodySubscriber(success && declaredLength <= maxBytes ? maxBytes : -1);
    }

    private FetchResult toResult(String url, HttpResponse<CappedBodySubscriber.Body> response) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            return FetchResult.failed(Diagnostic.error(
                    "FETCH_HTTP_STATUS",
                    "the server answered HTTP " + status + "; check the URL, or try again later if the server is"
                            + " failing",
                    url));
        }
        if (response.body().truncated()) {
            return FetchResult.failed(Diagnostic.error(
                    "INGEST_TOO_LARGE",
                    "the page is larger than the limit of " + maxBytes + " bytes; raise the limit or leave it out",
                    url));
        }
        String contentTypeHeader = response.headers().firstValue("Content-Type").orElse("");
        return FetchResult.of(new Page(
                url,
                Instant.now(),
                mediaType(contentTypeHeader),
                response.body().bytes(),
                charsetParameter(contentTypeHeader)));
    }

    /** The media type of a Content-Type header value, lower case and without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type header value, if it names a supported charset. */
    static Optional<Charset> charsetParameter(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return TextDecoder.charsetNamed(
                        pair[1].strip().replace("\"", "").replace("'", ""));
            }
        }
        return Optional.empty();
    }

    private String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return "no answer within " + seconds() + " s";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host " + Optional.ofNullable(cause.getMessage()).orElse("");
            }
            if (cause instanceof SSLException) {
                return "the TLS connection failed (" + cause.getMessage() + ")";
            }
            if (cause instanceof ConnectException) {
                return "the connection was refused or the host is unreachable";
            }
        }
        return "the connection failed (" + (error == null ? "no reason given" : error.toString()) + ")";
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f", timeout.toMillis() / 1000.0);
    }

    private static Diagnostic failed(String url, String reason) {
        return Diagnostic.error(
                "FETCH_FAILED",
                "could not fetch: " + reason + "; check the URL and your network, or save the page and pass the file",
                url);
    }
}
