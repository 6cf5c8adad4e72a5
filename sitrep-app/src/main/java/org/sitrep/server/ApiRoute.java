package org.sitrep.server;

import java.util.List;

/**
 * One route of the HTTP API as documented in {@code openapi.json}: method and path in OpenAPI's
 * template syntax ({@code /api/stories/{id}}). {@link #ALL} is the list the server registers and the
 * test checks against the OpenAPI document, so neither can drift from the other.
 */
record ApiRoute(String method, String path) {

    static final ApiRoute STORIES = new ApiRoute("get", "/api/stories");
    static final ApiRoute STORY = new ApiRoute("get", "/api/stories/{id}");
    static final ApiRoute STORY_SOURCES = new ApiRoute("get", "/api/stories/{id}/sources");
    static final ApiRoute ARTICLE = new ApiRoute("get", "/api/articles/{id}");
    static final ApiRoute ENTITY = new ApiRoute("get", "/api/entities/{story}/{entity}");
    static final ApiRoute SEARCH = new ApiRoute("get", "/api/search");
    static final ApiRoute STATUS = new ApiRoute("get", "/api/status");
    static final ApiRoute INGEST = new ApiRoute("post", "/api/ingest");
    static final ApiRoute OPENAPI = new ApiRoute("get", "/openapi.json");

    /** Every API route. */
    static final List<ApiRoute> ALL = List.of(STORIES, STORY, STORY_SOURCES, ARTICLE, ENTITY, SEARCH, STATUS, INGEST,
            OPENAPI);

    /** The path in Javalin's syntax, which writes parameters the same way. */
    String javalinPath() {
        return path;
    }
}
