/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.smartmetertexas.internal.api;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.api.Connection;
import org.eclipse.jetty.client.api.Destination;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.FuturePromise;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Jetty call of the binding, so moving to another Jetty version touches this file only. Sends one
 * account's JSON POSTs in the account's own pace (waiting for the policy's next slot through the
 * {@link Sleeper}), bounds answer bodies, and turns connection-level trouble into typed failures.
 * It uses an {@link HttpClient} it does not own (in openHAB, the account bridge's client from openHAB's
 * factory); {@link #newHttpClient} builds one for the command line and tests.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtTransport {

    /** No SMT answer comes near this; larger ones are refused without buffering more. */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /**
     * Idle connections close after this: sooner than servers close theirs (30 s and more), so the client hardly ever
     * sends on a connection the server has just closed.
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /** Grace beyond the request timeout before giving up on Jetty's own timeout handling. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** Object dumps in library messages: a name, '@' and a hex id, with a "::..." chain or a "{...}" state. */
    private static final Pattern INTERNALS = Pattern.compile("[\\w.$]*@[0-9a-f]{4,}(::\\S*)?(\\{[^}]*\\}?)?");

    private final Logger logger = LoggerFactory.getLogger(SmtTransport.class);

    private final HttpClient httpClient;
    private final RequestPolicy policy;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final Clock clock;

    public SmtTransport(HttpClient httpClient, RequestPolicy policy, Sleeper sleeper, Duration timeout) {
        this.httpClient = httpClient;
        this.policy = policy;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.clock = policy.clock();
    }

    RequestPolicy policy() {
        return policy;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Posts a JSON body. Refuses when the account is blocked, rate-limited or its credentials were rejected;
     * otherwise waits for the account's next slot, tells {@code onSend} the instant it sends, and returns the answer.
     * A request that fails before any byte of an answer came, because the connection was closed or reset (a
     * reused keep-alive connection the server had just closed), goes once more on a fresh connection, in the
     * account's pace; only a second failure is one. An HTTP 429 closes the account until its Retry-After ends
     * (doc/smt-protocol.md §7).
     *
     * @param headers request headers (Content-Type is set from the body); logged never
     */
    public HttpAnswer postJson(URI uri, Map<String, String> headers, String jsonBody,
            @Nullable Consumer<Instant> onSend) throws SmtException {
        String host = hostOf(uri);
        BoundedListener sent = send(uri, headers, jsonBody, onSend, false);
        Throwable problem = sent.problem;
        if (problem != null && !sent.begun && !sent.tooLarge && isClosedConnection(problem)) {
            logger.debug("POST {} to {}: {}; sending it once more on a fresh connection", uri.getRawPath(), host,
                    plainProblem(problem));
            sent = send(uri, headers, jsonBody, onSend, true);
            problem = sent.problem;
        }
        HttpAnswer answer = sent.result;
        if (problem != null || answer == null) {
            HttpAnswer unauthorized = unauthorizedAnswer(problem, sent.sentAt);
            if (unauthorized != null) {
                logger.trace("POST {} answered HTTP 401", uri.getRawPath());
                return unauthorized;
            }
            SmtException failure = classify(host, problem == null ? new IOException("no answer") : problem,
                    sent.tooLarge);
            logger.debug("POST {} to {} failed: {}", uri.getRawPath(), host, failure.getMessage());
            throw failure;
        }
        logger.trace("POST {} answered HTTP {} ({})", uri.getRawPath(), answer.status(), answer.contentType());
        if (answer.status() == HttpStatus.TOO_MANY_REQUESTS_429) {
            String retryAfter = sent.retryAfter;
            Instant until = policy.access().rateLimited(retryAfter);
            logger.debug("POST {} to {} answered HTTP 429 (Retry-After {}): nothing goes to this account before {}",
                    uri.getRawPath(), host, retryAfter == null ? "none" : SafeText.printable(retryAfter), until);
            throw SmtException.smtRateLimited(uri.getRawPath(), until);
        }
        return answer;
    }

    /** Sends once (on a connection of its own when {@code fresh}) and waits for the outcome. */
    private BoundedListener send(URI uri, Map<String, String> headers, String jsonBody,
            @Nullable Consumer<Instant> onSend, boolean fresh) throws SmtException {
        var refusal = policy.access().check();
        if (refusal.isPresent()) {
            throw SmtException.refused(refusal.get());
        }
        String host = hostOf(uri);
        try {
            sleeper.sleepUntil(clock, policy.pacer().reserve());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmtException(Failure.CONNECTION, "interrupted while waiting to send to " + host);
        }
        Instant sentAt = clock.instant();
        if (onSend != null) {
            onSend.accept(sentAt);
        }
        logger.trace("POST {}{}", uri.getRawPath(), fresh ? " on a fresh connection" : "");

        Request request = httpClient.newRequest(uri).method(HttpMethod.POST).followRedirects(false)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .content(new StringContentProvider("application/json", jsonBody, StandardCharsets.UTF_8));
        long idle = httpClient.getIdleTimeout();
        if (idle <= 0 || idle >= IDLE_TIMEOUT.toMillis()) {
            // Idle connections close after IDLE_TIMEOUT; an answer in flight may be silent up to the request timeout.
            request.idleTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            // Replace what Jetty sets by default (User-Agent) instead of adding a second value.
            request.header(header.getKey(), null);
            request.header(header.getKey(), header.getValue());
        }
        BoundedListener listener = new BoundedListener(sentAt);
        Connection connection = null;
        try {
            if (fresh) {
                connection = freshConnection(uri);
                connection.send(request, listener);
            } else {
                request.send(listener);
            }
            listener.result = listener.answer.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new SmtException(Failure.CONNECTION, "interrupted while waiting for " + host);
        } catch (TimeoutException e) {
            request.abort(e);
            listener.problem = e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            listener.problem = cause == null ? e : cause;
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return listener;
    }

    /** A new connection of its own (not from the pool, where a stale one may wait); the caller closes it. */
    private Connection freshConnection(URI uri) throws InterruptedException, ExecutionException, TimeoutException {
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        Destination destination = httpClient.getDestination(uri.getScheme(), hostOf(uri), port);
        FuturePromise<Connection> promise = new FuturePromise<>();
        destination.newConnection(promise);
        return promise.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The connection was closed or reset under the request: what a server's idle close looks like. */
    private static boolean isClosedConnection(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SSLHandshakeException || t instanceof CertificateException
                    || t instanceof ConnectException || t instanceof UnknownHostException) {
                return false;
            }
        }
        // closed before an answer came, reset, or closed while sending
        return plainProblem(problem).startsWith("the connection was");
    }

    /**
     * Jetty's authentication handler turns a 401 without a WWW-Authenticate header (which is how SMT says "token
     * expired") into a failure; this gives the 401 back as the answer it is (its body is not needed).
     */
    private static @Nullable HttpAnswer unauthorizedAnswer(@Nullable Throwable failure, Instant sentAt) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException) {
                Response response = ((HttpResponseException) t).getResponse();
                if (response != null && response.getStatus() == HttpStatus.UNAUTHORIZED_401) {
                    return new HttpAnswer(HttpStatus.UNAUTHORIZED_401, "", "", sentAt);
                }
            }
        }
        return null;
    }

    private SmtException classify(String host, Throwable problem, boolean tooLarge) {
        if (tooLarge) {
            return new SmtException(Failure.PROTOCOL_ERROR,
                    host + " sent an answer larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
        }
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException) {
                return SmtException.tlsFailure(host, withoutInternals(t.getMessage()));
            }
            if (t instanceof TimeoutException) {
                return new SmtException(Failure.TIMEOUT, host + " did not answer within " + timeout.toSeconds() + " s");
            }
            if (t instanceof javax.net.ssl.SSLException && String.valueOf(t.getMessage()).contains("alert")) {
                return SmtException.tlsFailure(host, withoutInternals(t.getMessage()));
            }
        }
        return new SmtException(Failure.CONNECTION, "connection to " + host + " failed: " + plainProblem(problem));
    }

    /** What failed, in words: never a library's endpoint dump or object ids. */
    private static String plainProblem(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "the host name is unknown";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to the host";
            }
            if (t instanceof ConnectException) {
                return "nobody accepted the connection";
            }
            if (t instanceof EOFException || t instanceof ClosedChannelException) {
                return "the connection was closed before an answer came";
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("reset")) {
                return "the connection was reset";
            }
            if (message.contains("broken pipe")) {
                return "the connection was closed while sending";
            }
        }
        return "the connection failed";
    }

    /** A library's message without object dumps such as {@code HttpConnectionOverHTTP@49ae1beb::...{...}}. */
    private static String withoutInternals(@Nullable String message) {
        String text = INTERNALS.matcher(String.valueOf(message)).replaceAll("").replaceAll("\\s+", " ").strip();
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host == null ? uri.toString() : host;
    }

    /**
     * The TLS settings of one account's client: the JVM's trust store (or only {@code trustStore} when given: the
     * simulator's CA in tests, --cacert on the command line), host name verification on, and the optional PKCS12
     * client keystore for mutual TLS. Never trusts all, never touches JVM-wide properties.
     */
    public static SslContextFactory.Client sslContextFactory(@Nullable Path keystorePath,
            @Nullable String keystorePassword, @Nullable KeyStore trustStore) throws SmtException {
        SslContextFactory.Client factory = new SslContextFactory.Client();
        factory.setEndpointIdentificationAlgorithm("HTTPS");
        if (trustStore != null) {
            factory.setTrustStore(trustStore);
        }
        if (keystorePath != null) {
            String password = keystorePassword == null ? "" : keystorePassword;
            factory.setKeyStore(loadPkcs12(keystorePath, password));
            factory.setKeyStorePassword(password);
            factory.setKeyManagerPassword(password);
        }
        return factory;
    }

    private static KeyStore loadPkcs12(Path path, String password) throws SmtException {
        // Loaded here, not by Jetty at start, so a bad keystore is a clear configuration error up front.
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password.toCharArray());
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new SmtException(Failure.KEYSTORE,
                    "cannot read the client keystore " + path + " as PKCS12 with the configured password");
        }
    }

    /**
     * A started client of its own (command line, tests): its own cookie store, no redirects. The caller stops it
     * with {@link #stop(HttpClient)}. In openHAB, use the bridge's client from openHAB's HttpClientFactory instead.
     */
    public static HttpClient newHttpClient(SslContextFactory.Client sslContextFactory, String name)
            throws SmtException {
        HttpClient client = new HttpClient(sslContextFactory);
        client.setName(name);
        client.setFollowRedirects(false);
        client.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        try {
            client.start();
        } catch (Exception e) {
            throw new SmtException(Failure.CONNECTION,
                    "cannot start the HTTP client (" + e.getClass().getSimpleName() + ")");
        }
        return client;
    }

    /** Stops a client made by {@link #newHttpClient}. */
    public static void stop(HttpClient client) {
        try {
            client.stop();
        } catch (Exception e) {
            LoggerFactory.getLogger(SmtTransport.class).debug("stopping the HTTP client failed: {}", e.getMessage());
        }
    }

    /** Collects one answer, aborting as soon as it grows beyond the bound; then holds the outcome of the send. */
    private static final class BoundedListener extends Response.Listener.Adapter {
        final CompletableFuture<HttpAnswer> answer = new CompletableFuture<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Instant sentAt;
        /** Set before the answer is aborted for growing beyond {@link #MAX_BODY_BYTES}. */
        volatile boolean tooLarge;
        /** Set when the first byte of an answer (its status line) came. */
        volatile boolean begun;
        volatile @Nullable String retryAfter;
        @Nullable
        HttpAnswer result;
        @Nullable
        Throwable problem;

        BoundedListener(Instant sentAt) {
            this.sentAt = sentAt;
        }

        @Override
        public void onBegin(@Nullable Response response) {
            begun = true;
        }

        @Override
        public void onHeaders(@Nullable Response response) {
            if (response == null) {
                return;
            }
            retryAfter = response.getHeaders().get(HttpHeader.RETRY_AFTER);
            if (response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH.asString()) > MAX_BODY_BYTES) {
                abortTooLarge(response);
            }
        }

        @Override
        public void onContent(@Nullable Response response, @Nullable ByteBuffer content) {
            if (response == null || content == null) {
                return;
            }
            if (body.size() + (long) content.remaining() > MAX_BODY_BYTES) {
                abortTooLarge(response);
                return;
            }
            byte[] bytes = new byte[content.remaining()];
            content.get(bytes);
            body.write(bytes, 0, bytes.length);
        }

        private void abortTooLarge(Response response) {
            tooLarge = true;
            response.abort(new IOException("answer too large"));
        }

        @Override
        public void onComplete(@Nullable Result result) {
            if (result == null) {
                answer.completeExceptionally(new IOException("no result"));
                return;
            }
            Throwable failure = result.getFailure();
            if (failure != null) {
                answer.completeExceptionally(failure);
                return;
            }
            Response response = result.getResponse();
            String contentType = response.getHeaders().get(HttpHeader.CONTENT_TYPE);
            answer.complete(new HttpAnswer(response.getStatus(),
                    contentType == null ? "" : contentType.toLowerCase(Locale.ROOT),
                    body.toString(StandardCharsets.UTF_8), sentAt));
        }
    }
}
