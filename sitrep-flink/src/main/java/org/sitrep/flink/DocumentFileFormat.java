package org.sitrep.flink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.sitrep.ingest.IngestConfig;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.RawDocument;
import org.sitrep.pipeline.Problem;

/**
 * Flink's view of an input file: reads one whole file (txt, html, jsonl, warc, any of them gzip'd)
 * with sitrep-core's {@link InputReader}, so the job finds exactly the documents and problems
 * {@code sitrep report} finds, named the same way ({@link InputRoots}). Files are not split: a JSON
 * Lines or WARC file is read by one reader, and the job spreads its documents over the slots after
 * extraction.
 *
 * <p>The file is streamed: a reader thread hands documents over through a small bounded queue, so a
 * 1 GB WARC file is never held in memory. The position checkpointed is the number of items (documents
 * and problems) already emitted; on restore the reader reads the file again and skips that many.
 */
public final class DocumentFileFormat implements BulkFormat<Ingested, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    /** Items handed from the reader thread at a time, and the most in flight. */
    private static final int BATCH = 16;
    private static final int QUEUE = 64;

    private final InputRoots roots;

    public DocumentFileFormat(InputRoots roots) {
        this.roots = roots;
    }

    @Override
    public Reader<Ingested> createReader(Configuration config, FileSourceSplit split) {
        return new FileReader(split, 0);
    }

    @Override
    public Reader<Ingested> restoreReader(Configuration config, FileSourceSplit split) {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new FileReader(split, skip);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<Ingested> getProducedType() {
        return Types.GENERIC(Ingested.class);
    }

    /** Reads one split (one file) on a thread of its own, in batches. */
    private final class FileReader implements BulkFormat.Reader<Ingested> {

        private final BlockingQueue<Ingested> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread thread;
        private long emitted;
        private volatile boolean done;

        FileReader(FileSourceSplit split, long skip) {
            Path file = Path.of(split.path().toUri());
            String display = roots.displayName(file);
            String raw = file.toString();
            this.emitted = skip;
            this.thread = new Thread(() -> {
                long[] seen = {0};
                try {
                    new InputReader(IngestConfig.defaults()).read(List.of(raw), d -> {
                        if (seen[0]++ >= skip) {
                            put(Ingested.of(new RawDocument(roots.rename(d.origin(), file, display), d.format(),
                                    d.content(), d.declaredCharset(), d.declared())));
                        }
                    }, p -> {
                        if (seen[0]++ >= skip) {
                            put(Ingested.of(new Problem(p.input().replace(raw, display), p.reason(), p.severity())));
                        }
                    });
                } catch (Interrupted e) {
                    return;
                } catch (RuntimeException e) {
                    // a fault of ours must cost this file only, and must not leave the source waiting
                    put(Ingested.of(Problem.error(display, "could not be read: " + e)));
                }
                done = true;
                put(END);
            }, "sitrep-read-" + display);
            thread.setDaemon(true);
            thread.start();
        }

        private void put(Ingested item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Interrupted();
            }
        }

        @Override
        public RecordIterator<Ingested> readBatch() throws IOException {
            List<Ingested> batch = new ArrayList<>(BATCH);
            try {
                Ingested first = queue.take();
                if (first == END) {
                    queue.put(END);
                    return null;
                }
                batch.add(first);
                while (batch.size() < BATCH) {
                    Ingested next = queue.peek();
                    if (next == null || next == END) {
                        break;
                    }
                    batch.add(queue.take());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            IteratorResultIterator<Ingested> it = new IteratorResultIterator<>(batch.iterator(),
                    CheckpointedPosition.NO_OFFSET, emitted);
            emitted += batch.size();
            return it;
        }

        @Override
        public void close() {
            if (!done) {
                thread.interrupt();
            }
        }
    }

    /** Marks the end of a file in the queue. */
    private static final Ingested END = Ingested.of(Problem.warning("-", "end of file"));

    /** Stops the reader thread when the source closes before the file is read. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
