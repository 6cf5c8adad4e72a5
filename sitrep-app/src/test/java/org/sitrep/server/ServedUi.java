package org.sitrep.server;

import org.sitrep.store.Workspace;

/**
 * Test fixture: a workspace served on 127.0.0.1 at a free port and a headless Chromium to look at
 * it, started together and closed together (browser, then server, then workspace). Owns the
 * workspace it is given. When the browser cannot start (the test is skipped), the server and the
 * workspace are closed before the skip propagates. Not thread-safe: one per test class.
 */
final class ServedUi implements AutoCloseable {

    private final Workspace workspace;
    private final SitrepServer server;
    private final Browser browser;

    private ServedUi(Workspace workspace, SitrepServer server, Browser browser) {
        this.workspace = workspace;
        this.server = server;
        this.browser = browser;
    }

    /** Serves {@code workspace} and opens a browser; takes ownership of the workspace. */
    static ServedUi start(Workspace workspace) throws Exception {
        SitrepServer server = null;
        try {
            server = SitrepServer.start(workspace, ServerConfig.defaults().withPort(0), null);
            return new ServedUi(workspace, server, Browser.open());
        } catch (Exception | Error e) {
            if (server != null) {
                server.close();
            }
            workspace.close();
            throw e;
        }
    }

    SitrepServer server() {
        return server;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() throws Exception {
        try (workspace; server; browser) {
            // try-with-resources closes them in reverse order, each even when another fails
        }
    }
}
