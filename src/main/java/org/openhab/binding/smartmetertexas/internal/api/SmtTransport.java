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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
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

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.api.Result;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
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
    /** Grace beyond the request timeout before giving up on Jetty's own timeout handling. */
    private static final Duration GRACE = Duration.ofSeconds(5);

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
     * Posts a JSON body. Refuses when the account is blocked or its credentials were rejected; otherwise waits
     * for the account's next slot, tells {@code onSend} the instant it sends, and returns the answer.
     *
     * @param headers request headers (Content-Type is set from the body); logged never
     */
    public HttpAnswer postJson(URI uri, Map<String, String> headers, String jsonBody,
            @Nullable Consumer<Instant> onSend) throws SmtException {
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
        logger.trace("POST {}", uri.getRawPath());

        Request request = httpClient.newRequest(uri).method(HttpMethod.POST).followRedirects(false)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .content(new StringContentProvider("application/json", jsonBody, StandardCharsets.UTF_8));
        headers.forEach((name, value) -> {
            // Replace what Jetty sets by default (User-Agent) instead of adding a second value.
            request.header(name, null);
            request.header(name, value);
        });
        BoundedListener listener = new BoundedListener();
        request.send(listener);
        try {
            HttpAnswer answer = listener.answer.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            HttpAnswer stamped = new HttpAnswer(answer.status(), answer.contentType(), answer.body(), sentAt);
            logger.trace("POST {} answered HTTP {} ({})", uri.getRawPath(), stamped.status(), stamped.contentType());
            return stamped;
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new SmtException(Failure.CONNECTION, "interrupted while waiting for " + host);
        } catch (TimeoutException e) {
            request.abort(e);
            throw failure(host, uri, e, false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            HttpAnswer unauthorized = unauthorizedAnswer(cause, sentAt);
            if (unauthorized != null) {
                logger.trace("POST {} answered HTTP 401", uri.getRawPath());
                return unauthorized;
            }
            throw failure(host, uri, cause == null ? e : cause, listener.tooLarge);
        }
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

    private SmtException failure(String host, URI uri, Throwable problem, boolean tooLarge) {
        SmtException failure = classify(host, problem, tooLarge);
        logger.debug("POST {} to {} failed: {}", uri.getRawPath(), host, failure.getMessage());
        return failure;
    }

    private SmtException classify(String host, Throwable problem, boolean tooLarge) {
        if (tooLarge) {
            return new SmtException(Failure.PROTOCOL_ERROR,
                    host + " sent an answer larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
        }
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException) {
                return SmtException.tlsFailure(host, String.valueOf(t.getMessage()));
            }
            if (t instanceof TimeoutException) {
                return new SmtException(Failure.TIMEOUT, host + " did not answer within " + timeout.toSeconds() + " s");
            }
            if (t instanceof javax.net.ssl.SSLException && String.valueOf(t.getMessage()).contains("alert")) {
                return SmtException.tlsFailure(host, String.valueOf(t.getMessage()));
            }
        }
        String detail = problem.getClass().getSimpleName()
                + (problem.getMessage() == null ? "" : ": " + excerpt(String.valueOf(problem.getMessage())));
        return new SmtException(Failure.CONNECTION, "connection to " + host + " failed (" + detail + ")");
    }

    private static String excerpt(String text) {
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

    /** The TLS settings of an account (see {@link #sslContextFactory(Path, String, KeyStore)}). */
    public static SslContextFactory.Client sslContextFactory(AccountSettings settings, @Nullable KeyStore trustStore)
            throws SmtException {
        return sslContextFactory(settings.keystorePath(), settings.keystorePassword(), trustStore);
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
            throw new SmtException(Failure.CONNECTION, "cannot start the HTTP client: " + e.getMessage());
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

    /**
     * Idle connections close after this: sooner than servers close theirs (30 s and more), so a request never goes out
     * on a connection the server has just closed.
     */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);

    /** Collects one answer, aborting as soon as it grows beyond the bound. */
    private static final class BoundedListener extends Response.Listener.Adapter {
        final CompletableFuture<HttpAnswer> answer = new CompletableFuture<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        /** Set before the answer is aborted for growing beyond {@link #MAX_BODY_BYTES}. */
        volatile boolean tooLarge;

        @Override
        public void onHeaders(@Nullable Response response) {
            if (response != null
                    && response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH.asString()) > MAX_BODY_BYTES) {
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
                    body.toString(StandardCharsets.UTF_8), Instant.EPOCH));
        }
    }
}
