package org.sitrep.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error page for requests it refuses before they reach a route (an ambiguous path such as
 * {@code /assets/..%2f..%2fpom.xml}, a malformed URI, headers over the limit): the API's JSON error
 * body instead of Jetty's HTML page, with the status Jetty chose. Stateless.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        String reason = status == HttpServletResponse.SC_BAD_REQUEST ? "bad request (malformed or ambiguous path)"
                : "request refused";
        byte[] body = ApiJson.error(status, reason).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType(SitrepServer.JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }
}
