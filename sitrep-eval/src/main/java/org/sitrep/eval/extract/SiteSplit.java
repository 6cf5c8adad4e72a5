package org.sitrep.eval.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Splits a benchmark's pages by site into a tuning part and a held-out part, so that a score can be
 * read on sites the extractor's rules were not looked at against. A page's site is the host of its
 * URL without a leading {@code www.} (the page id when it has no URL); a site is held out when the
 * CRC-32 of its name falls in one of {@link #BUCKETS} buckets, so the split is stable across runs
 * and machines, disjoint by site, and chosen by nothing about the pages' content or scores. About
 * one site in {@link #BUCKETS} is held out. Stateless.
 *
 * <p>The project's other held-out pages (kept outside the repository) are scored by the lead; this
 * split is the part of the shared data that work on extraction should not be tuned against.
 */
public final class SiteSplit {

    /** One site in this many is held out. */
    static final int BUCKETS = 5;

    private SiteSplit() {
    }

    /** The site a page comes from: its URL's host without {@code www.}, or its id when it has no usable URL. */
    public static String site(BenchPage page) {
        if (page.url() != null) {
            try {
                String host = URI.create(page.url().trim()).getHost();
                if (host != null && !host.isEmpty()) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring("www.".length()) : host;
                }
            } catch (IllegalArgumentException e) {
                // a malformed URL: fall back to the id below
            }
        }
        return page.id();
    }

    /** True when {@code page}'s site is in the held-out part. */
    public static boolean heldOut(BenchPage page) {
        CRC32 crc = new CRC32();
        crc.update(site(page).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % BUCKETS == 0;
    }

    /** The scores of the pages in one part: the held-out part when {@code heldOut}, else the tuning part. */
    static List<PageScore> part(List<PageScore> scores, boolean heldOut) {
        return scores.stream().filter(s -> heldOut(s.page()) == heldOut).toList();
    }
}
