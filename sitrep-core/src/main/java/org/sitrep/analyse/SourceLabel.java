package org.sitrep.analyse;

import java.net.URI;
import org.sitrep.extract.Article;

/**
 * How explanations name a source for readers: its publisher, else the web host of its URL, else its
 * file name.
 */
final class SourceLabel {

    private SourceLabel() {
    }

    static String of(Article a) {
        if (a.publisher() != null && !a.publisher().isBlank()) {
            return a.publisher();
        }
        String url = a.origin().url();
        if (url != null) {
            try {
                String host = URI.create(url).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a usable URL: fall back to the path
            }
        }
        String path = a.origin().location();
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
