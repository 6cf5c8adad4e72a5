package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * A Sitrep workspace: one SQLite file, {@code DIR/workspace.db}, in WAL mode with foreign keys on,
 * holding articles with their annotations, stories with their analyses and a full-text index. The
 * schema is {@code schema.sql} beside this class, documented in {@code docs/workspace-schema.md}.
 *
 * <p>Reads run on a small pool of read-only connections and see the last committed state (WAL lets
 * them run while a write is in progress, in this process or another). Writes run one at a time on
 * one connection, each as one transaction that commits whole or not at all, so a process killed at
 * any moment leaves the workspace as it was after the last commit. Synchronous mode is NORMAL: a
 * committed write survives the process being killed; a power cut may lose the last commits but never
 * corrupts the file.
 *
 * <p>Thread-safe. Close it to release the connections.
 */
public final class Workspace implements AutoCloseable {

    /** The database file inside the workspace directory. */
    public static final String FILE_NAME = "workspace.db";

    /** Version of {@code schema.sql}, kept in the {@code meta} table. */
    public static final int SCHEMA_VERSION = 3;

    /** Read connections kept open; more readers wait for one. */
    private static final int READ_CONNECTIONS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** How long a connection waits for another process's lock before failing, in milliseconds. */
    private static final int BUSY_TIMEOUT_MILLIS = 30_000;

    private final Path dir;
    private final Path file;
    private final boolean writable;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READ_CONNECTIONS);
    private final List<Connection> allReaders = new ArrayList<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private Connection writer;
    private boolean closed;

    private Workspace(Path dir, boolean writable) {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
        this.writable = writable;
    }

    /**
     * Opens the workspace in {@code dir} for reading and writing, creating the directory and an empty
     * workspace when there is none yet.
     */
    public static Workspace open(Path dir) {
        Workspace w = new Workspace(dir.toAbsolutePath().normalize(), true);
        try {
            Files.createDirectories(w.dir);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the workspace directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            w.writer = w.connect(false);
            w.writer.setAutoCommit(false);
            w.prepareSchema();
        } catch (SQLException | RuntimeException e) {
            w.close();
            throw failure(w, e);
        }
        return w;
    }

    /** Opens an existing workspace for reading only; fails when {@code dir} holds none. */
    public static Workspace openReadOnly(Path dir) {
        Workspace w = new Workspace(dir.toAbsolutePath().normalize(), false);
        if (!Files.isRegularFile(w.file)) {
            throw new WorkspaceException("no workspace in " + dir + " (no " + FILE_NAME + "); create one with 'sitrep ingest'");
        }
        try {
            w.read(c -> {
                w.checkVersion(c);
                return null;
            });
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    /** The workspace directory. */
    public Path directory() {
        return dir;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** True when the workspace was opened for writing. */
    public boolean writable() {
        return writable;
    }

    /** Runs {@code work} on a read-only connection; it sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        Connection c = borrowReader();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(this, e);
        } finally {
            idleReaders.offer(c);
        }
    }

    /**
     * Runs {@code work} as one transaction: committed when it returns, rolled back when it throws.
     * Writes are serialised.
     */
    public <T> T write(SqlWork<T> work) {
        if (!writable) {
            throw new IllegalStateException("workspace " + dir + " was opened read-only");
        }
        writeLock.lock();
        try {
            ensureOpen();
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e instanceof RuntimeException re ? re : failure(this, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            ensureOpen();
            if (allReaders.size() < READ_CONNECTIONS) {
                try {
                    Connection fresh = connect(true);
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw failure(this, e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("interrupted while waiting for a workspace connection", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("workspace " + dir + " is closed");
        }
    }

    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        if (readOnly) {
            // query_only rather than a read-only open: a read-only open cannot create the WAL index
            // file, which SQLite removes when the last writer closes
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        }
        return c;
    }

    /** Creates the tables in an empty file, or checks the version of an existing workspace. */
    private void prepareSchema() throws SQLException {
        boolean empty;
        try (Statement s = writer.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            empty = r.next() && r.getInt(1) == 0;
        }
        if (!empty) {
            int version = version(writer);
            if (SchemaUpgrade.upgrades(version, SCHEMA_VERSION)) {
                SchemaUpgrade.run(writer, version, SCHEMA_VERSION);
            }
            checkVersion(writer);
            writer.commit();
            return;
        }
        try (Statement s = writer.createStatement()) {
            for (String statement : schemaStatements()) {
                s.execute(statement);
            }
        }
        try (PreparedStatement p = writer.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
            p.setString(1, "schema_version");
            p.setString(2, Integer.toString(SCHEMA_VERSION));
            p.executeUpdate();
            p.setString(1, "created");
            p.setString(2, Instant.now().toString());
            p.executeUpdate();
        }
        writer.commit();
    }

    private void checkVersion(Connection c) {
        int version = version(c);
        if (SchemaUpgrade.upgrades(version, SCHEMA_VERSION)) {
            throw new WorkspaceException(file + " has workspace schema version " + version + "; open it once for writing"
                    + " (sitrep ingest ... --workspace " + dir + ", or sitrep serve --allow-ingest) to upgrade it to version "
                    + SCHEMA_VERSION);
        }
        if (version != SCHEMA_VERSION) {
            throw new WorkspaceException(file + " has workspace schema version " + (version < 0 ? "unknown" : version)
                    + "; this Sitrep reads version " + SCHEMA_VERSION);
        }
    }

    /** The schema version in {@code meta}; -1 when it is missing or not a number. */
    private int version(Connection c) {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            if (!r.next()) {
                return -1;
            }
            try {
                return Integer.parseInt(r.getString(1));
            } catch (NumberFormatException e) {
                return -1;
            }
        } catch (SQLException e) {
            throw new WorkspaceException(file + " is not a Sitrep workspace (" + e.getMessage() + ")", e);
        }
    }

    /** The statements of {@code schema.sql}, comments removed, split at each statement's end. */
    static List<String> schemaStatements() {
        String sql;
        try (InputStream in = Workspace.class.getResourceAsStream("schema.sql")) {
            sql = new String(Objects.requireNonNull(in, "schema.sql").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("schema.sql is part of the jar", e);
        }
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (code.isEmpty()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? code.equals("END;") : code.endsWith(";");
            if (ends) {
                statements.add(current.toString());
                current.setLength(0);
                inTrigger = false;
            }
        }
        return statements;
    }

    private static WorkspaceException failure(Workspace w, Exception e) {
        if (e instanceof WorkspaceException we) {
            return we;
        }
        return new WorkspaceException("workspace " + w.dir + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            synchronized (allReaders) {
                if (closed) {
                    return;
                }
                closed = true;
                for (Connection c : allReaders) {
                    closeQuietly(c);
                }
                allReaders.clear();
                idleReaders.clear();
            }
            if (writer != null) {
                closeQuietly(writer);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing releases the file; a failure here leaves nothing the user could act on
        }
    }
}
