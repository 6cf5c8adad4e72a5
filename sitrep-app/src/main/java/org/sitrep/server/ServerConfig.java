package org.sitrep.server;

import java.util.Objects;

/**
 * Settings of {@link SitrepServer}.
 *
 * @param host address to listen on (default {@code 127.0.0.1}: only this machine can connect)
 * @param port TCP port; 0 picks a free one (default 8080)
 * @param allowIngest true to accept {@code POST /api/ingest} (default false: the API only reads)
 * @param maxBodyBytes largest request body accepted, in bytes (default 8 MiB); larger ones get 413
 * @param maxQueryChars longest query string accepted (default 2048); longer ones get 414
 * @param maxParamChars longest single query parameter value accepted (default 256); longer get 400
 */
public record ServerConfig(String host, int port, boolean allowIngest, long maxBodyBytes, int maxQueryChars,
        int maxParamChars) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_QUERY_CHARS = 2048;
    public static final int DEFAULT_MAX_PARAM_CHARS = 256;

    /** Highest TCP port. */
    private static final int MAX_PORT = 65_535;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port must be between 0 and " + MAX_PORT + ", got " + port);
        }
        if (maxBodyBytes < 1 || maxQueryChars < 1 || maxParamChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_QUERY_CHARS,
                DEFAULT_MAX_PARAM_CHARS);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, allowIngest, maxBodyBytes, maxQueryChars, maxParamChars);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, allowIngest, maxBodyBytes, maxQueryChars, maxParamChars);
    }

    public ServerConfig withIngest(boolean allow) {
        return new ServerConfig(host, port, allow, maxBodyBytes, maxQueryChars, maxParamChars);
    }
}
