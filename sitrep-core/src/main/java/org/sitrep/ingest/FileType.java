package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of input file ingest reads, each with the file name extensions that announce it and a
 * way to recognise it from its first bytes when the name says nothing (standard input, an unknown
 * extension named explicitly).
 */
enum FileType {
    TEXT("text", List.of("txt", "text")),
    HTML("HTML", List.of("html", "htm", "xhtml")),
    JSON_LINES("JSON Lines", List.of("jsonl", "ndjson")),
    WARC("WARC", List.of("warc"));

    private static final String GZIP_SUFFIX = ".gz";

    // markup that only HTML starts with; a text that merely mentions "<b>" stays text
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!doctype\\s+html|<html|<head|<body|<!--|<meta|<title|<article|<div|<p[\\s>]|<h[1-6])");
    private static final Pattern HTML_ANYWHERE = Pattern.compile("(?i)<(html|body)[\\s>]");

    private final String label;
    private final List<String> extensions;

    FileType(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    /** What error messages call this type. */
    String label() {
        return label;
    }

    /** True when a file name ends with {@code .gz}. */
    static boolean isGzipName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
    }

    /**
     * The type a file name announces: its extension, or for {@code x.EXT.gz} the inner extension.
     * Empty when the name announces no type Sitrep reads.
     */
    static Optional<FileType> forName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(GZIP_SUFFIX)) {
            name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The type the first bytes of an (already decompressed) input suggest: a WARC version line, a
     * JSON object, HTML markup, or else text.
     */
    static FileType sniff(byte[] head) {
        int skip = EncodingSniffer.byteOrderMarkLength(head);
        String start = new String(head, skip, Math.max(0, Math.min(head.length, EncodingSniffer.SNIFF_BYTES) - skip),
                StandardCharsets.UTF_8);
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("WARC/")) {
            return WARC;
        }
        if (trimmed.startsWith("{")) {
            return JSON_LINES;
        }
        if (HTML_START.matcher(start).find() || HTML_ANYWHERE.matcher(start).find()) {
            return HTML;
        }
        return TEXT;
    }
}
