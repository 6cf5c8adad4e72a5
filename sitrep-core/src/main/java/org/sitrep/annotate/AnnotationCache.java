package org.sitrep.annotate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.extract.Article;
import org.sitrep.pipeline.Problem;
import org.sitrep.pipeline.ProblemSink;

/**
 * Annotations kept on disk so that a second run over the same articles skips the model-backed
 * annotator: one file per article and annotator, named by the SHA-256 of everything the annotator's
 * output depends on (the article's text, its published date, and the annotator's
 * {@link ArticleAnnotator#fingerprint() fingerprint}, which names its version, models and
 * settings), holding the annotator's output in {@link AnnotationCodec}'s form. The rule-based layers
 * always run again; they are cheap and change more often than the models.
 *
 * <p>Files live under {@code DIR/ab/abcdef...} (the first two hex digits fan the entries out). An
 * entry is written to a temporary file in its directory and renamed into place, so concurrent runs
 * sharing a directory never read half an entry; two runs writing the same entry write the same
 * bytes. An unreadable entry (truncated, corrupt, another format version) is reported as a warning
 * and annotated again, and the new entry replaces it. When the directory cannot be written, one
 * warning says so and the run goes on uncached.
 *
 * <p>Thread-safe. Cost: one file read per hit (a few kB deflated per thousand tokens), one write per
 * miss.
 */
public final class AnnotationCache {

    private static final String SUFFIX = ".annotation";
    private static final int FAN_OUT_DIGITS = 2;

    private final Path dir;
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private AnnotationCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** A cache in {@code dir}, created on the first write if missing. */
    public static AnnotationCache at(Path dir) {
        return new AnnotationCache(dir);
    }

    /**
     * Where the command line keeps its cache unless told otherwise:
     * {@code $XDG_CACHE_HOME/sitrep/annotations}, or {@code ~/.cache/sitrep/annotations} when that
     * variable is unset.
     */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("sitrep").resolve("annotations");
    }

    public Path directory() {
        return dir;
    }

    /**
     * The annotation of {@code article}, from the cache when an entry for it and this annotator is
     * there, otherwise from {@code annotator} (and then stored). An annotator without a fingerprint
     * is never cached.
     */
    public AnnotatedArticle annotate(ArticleAnnotator annotator, Article article, ProblemSink problems) {
        String fingerprint = annotator.fingerprint();
        if (fingerprint == null) {
            return annotator.annotate(article, problems);
        }
        String key = key(article, fingerprint);
        Optional<AnnotatedArticle> cached = read(article, key, problems);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        AnnotatedArticle fresh = annotator.annotate(article, problems);
        if (AnnotationCodec.storable(fresh)) {
            write(fresh, key, problems);
        }
        return fresh;
    }

    /** Articles served from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** Articles annotated because the cache had no usable entry. */
    public int misses() {
        return misses.get();
    }

    /** The entry's key: SHA-256 over the codec version, the fingerprint, the published date and the text. */
    static String key(Article article, String fingerprint) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String published = article.published() == null ? "" : article.published().iso() + "/"
                    + article.published().precision();
            for (String part : new String[] {Integer.toString(AnnotationCodec.VERSION), fingerprint, published}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Path file(String key) {
        return dir.resolve(key.substring(0, FAN_OUT_DIGITS)).resolve(key + SUFFIX);
    }

    private Optional<AnnotatedArticle> read(Article article, String key, ProblemSink problems) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.of(AnnotationCodec.read(article, key, in));
        } catch (NoSuchFileException e) {
            // removed since the check above (another run replacing it, or a user clearing the cache)
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.warning(file.toString(), "unreadable annotation cache entry ignored ("
                    + reason(e) + "); annotating " + article.origin().location() + " again"));
            return Optional.empty();
        }
    }

    private void write(AnnotatedArticle annotated, String key, ProblemSink problems) {
        Path file = file(key);
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), key.substring(0, FAN_OUT_DIGITS), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                AnnotationCodec.write(annotated, key, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | RuntimeException e) {
            if (writeFailed.compareAndSet(false, true)) {
                problems.report(Problem.warning(dir.toString(), "cannot write to the annotation cache ("
                        + reason(e) + "); this run goes on without storing annotations"));
            }
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless: entries are only ever read by their final name
                }
            }
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
