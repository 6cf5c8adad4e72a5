package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.model.ArticleId;
import org.sitrep.model.EntityId;
import org.sitrep.model.StoryId;
import org.sitrep.store.EntityAppearance;
import org.sitrep.store.Page;
import org.sitrep.store.SearchHit;
import org.sitrep.store.StoryFilter;
import org.sitrep.store.Workspace;
import org.sitrep.store.WorkspaceIngester;
import org.sitrep.store.WorkspaceQueries;

/**
 * The HTTP API and web UI of a workspace ({@code sitrep serve}), on Javalin: JSON routes under
 * {@code /api} as documented in {@code /openapi.json} ({@link ApiRoute#ALL}), the UI at {@code /}
 * with its files under {@code /assets/}, nothing else.
 *
 * <p>Every response carries a Content-Security-Policy that allows scripts, styles and requests only
 * from the server itself and no inline script, so even text that escaped escaping could not run.
 * Errors are JSON ({@code {"error": {"status", "message"}}}) with the matching status: 400 for a bad
 * parameter, 403 for ingest when it is off, 404 for an unknown route or id, 413 for a body over the
 * limit, 414 for a query string over the limit, 500 for a bug. Listens on 127.0.0.1 unless told
 * otherwise.
 *
 * <p>Thread-safe; requests run on Jetty's thread pool and read the workspace through its pool of
 * read connections. {@link #close()} stops the server (not the workspace, which the caller owns).
 */
public final class SitrepServer implements AutoCloseable {

    /** Stories or hits per page unless the request asks otherwise. */
    static final int DEFAULT_LIMIT = 20;

    /** Largest offset accepted: deep pages are better reached with a narrower filter. */
    static final int MAX_OFFSET = 100_000;

    static final String JSON = "application/json; charset=utf-8";

    /** Ids as Sitrep writes them: letters, digits, dots, dashes, underscores. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final Pattern ENTITY_PART = Pattern.compile("e[0-9]{1,6}");

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ERROR_WRITTEN = "sitrep.error";

    private final Javalin app;
    private final ServerConfig config;
    private final WorkspaceQueries queries;
    private final HttpIngest ingest;
    private final UiAssets assets = new UiAssets();
    private final byte[] openApi;

    private SitrepServer(Workspace workspace, ServerConfig config, WorkspaceIngester ingester) {
        this.config = config;
        this.queries = new WorkspaceQueries(workspace);
        this.ingest = config.allowIngest() && ingester != null
                ? new HttpIngest(ingester, workspace.directory().resolve("uploads")) : null;
        this.openApi = resource("openapi.json");
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.defaultContentType = JSON;
            c.router.ignoreTrailingSlashes = true;
            // requests Jetty refuses before routing (ambiguous or malformed URIs, oversized headers)
            // get the API's JSON error too
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        });
        routes();
    }

    /**
     * Starts serving {@code workspace} as {@code config} says.
     *
     * @param ingester what {@code POST /api/ingest} uses when {@link ServerConfig#allowIngest()}; may
     *     be null when ingest is off
     */
    public static SitrepServer start(Workspace workspace, ServerConfig config, WorkspaceIngester ingester) {
        if (config.allowIngest() && (ingester == null || !workspace.writable())) {
            throw new IllegalArgumentException("ingest over HTTP needs a writable workspace and an ingester");
        }
        SitrepServer server = new SitrepServer(Objects.requireNonNull(workspace), Objects.requireNonNull(config),
                ingester);
        server.app.start(config.host(), config.port());
        return server;
    }

    /** The port the server listens on (the one picked when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            String query = ctx.queryString();
            if (query != null && query.length() > config.maxQueryChars()) {
                throw new ApiException(414, "the query string is longer than " + config.maxQueryChars() + " characters");
            }
        });
        app.get(ApiRoute.STORIES.javalinPath(), this::stories);
        app.get(ApiRoute.STORY.javalinPath(), ctx -> {
            // the document stored with the story's analysis, sent as it is
            StoryId id = storyId(ctx);
            ctx.contentType(JSON).result(queries.storyJson(id)
                    .orElseThrow(() -> ApiException.notFound("no story " + id.value())).getBytes(StandardCharsets.UTF_8));
        });
        app.get(ApiRoute.STORY_SOURCES.javalinPath(), ctx -> {
            StoryId id = storyId(ctx);
            json(ctx, ApiJson.sources(id, queries.sources(id)
                    .orElseThrow(() -> ApiException.notFound("no story " + id.value()))));
        });
        app.get(ApiRoute.ARTICLE.javalinPath(), ctx -> {
            ArticleId id = new ArticleId(id(ctx, "id"));
            json(ctx, ApiJson.article(queries.article(id)
                    .orElseThrow(() -> ApiException.notFound("no article " + id.value()))));
        });
        app.get(ApiRoute.ENTITY.javalinPath(), ctx -> {
            String entity = ctx.pathParam("entity");
            if (!ENTITY_PART.matcher(entity).matches()) {
                throw ApiException.badRequest("not an entity id: " + id(ctx, "story") + "/" + entity);
            }
            EntityId id = new EntityId(id(ctx, "story") + "/" + entity);
            List<EntityAppearance> found = queries.entity(id);
            if (found.isEmpty()) {
                throw ApiException.notFound("no entity " + id.value());
            }
            json(ctx, ApiJson.entity(found));
        });
        app.get(ApiRoute.SEARCH.javalinPath(), ctx -> {
            String q = param(ctx, "q");
            if (q == null || q.isBlank()) {
                throw ApiException.badRequest("parameter 'q' is required");
            }
            Page<SearchHit> page = queries.search(q, limit(ctx), offset(ctx));
            json(ctx, ApiJson.search(q, page));
        });
        app.get(ApiRoute.STATUS.javalinPath(), ctx -> json(ctx, ApiJson.status(queries.counts(), ingest != null)));
        app.post(ApiRoute.INGEST.javalinPath(), this::ingest);
        app.get(ApiRoute.OPENAPI.javalinPath(), ctx -> ctx.contentType(JSON).result(openApi));
        app.get("/", ctx -> asset(ctx, "index.html"));
        app.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });
    }

    private void stories(Context ctx) {
        StoryFilter filter;
        try {
            filter = new StoryFilter(param(ctx, "q"), param(ctx, "entity"), date(ctx, "from"), date(ctx, "to"),
                    limit(ctx), offset(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        json(ctx, ApiJson.storyList(queries.stories(filter)));
    }

    private StoryId storyId(Context ctx) {
        return new StoryId(id(ctx, "id"));
    }

    private void ingest(Context ctx) throws IOException {
        if (ingest == null) {
            throw new ApiException(403, "ingest over HTTP is off; start the server with --allow-ingest");
        }
        long declared = ctx.contentLength();
        if (declared > config.maxBodyBytes()) {
            throw new ApiException(413, "the body is larger than " + config.maxBodyBytes() + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the body is empty; send JSON Lines, one article per line");
        }
        HttpIngest.Outcome outcome = ingest.ingest(body);
        json(ctx, ApiJson.ingest(outcome.result(), outcome.problems()));
    }

    private void asset(Context ctx, String name) {
        UiAssets.Asset a = assets.get(name);
        if (a == null) {
            throw ApiException.notFound("no such file");
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    private String id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!ID.matcher(v).matches()) {
            throw ApiException.badRequest("not an id: " + (v.length() > 80 ? v.substring(0, 80) + "…" : v));
        }
        return v;
    }

    private String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > config.maxParamChars()) {
            throw ApiException.badRequest("parameter '" + name + "' is longer than " + config.maxParamChars()
                    + " characters");
        }
        return v == null || v.isBlank() ? null : v;
    }

    private LocalDate date(Context ctx, String name) {
        String v = param(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date like 2024-03-18, got '" + v + "'");
        }
    }

    private int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, StoryFilter.MAX_LIMIT);
    }

    private int offset(Context ctx) {
        return integer(ctx, "offset", 0, 0, MAX_OFFSET);
    }

    private int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = param(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, got '" + v + "'");
        }
    }

    private static void json(Context ctx, JsonNode body) {
        try {
            ctx.contentType(JSON).result(MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        ctx.status(status);
        json(ctx, ApiJson.error(status, message));
    }

    private static byte[] resource(String name) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(name + " is part of the jar", e);
        }
    }
}
