package org.sitrep.flink;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.enumerate.NonSplittingRecursiveEnumerator;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.ingest.InputReader;

/**
 * Where the job's documents come from: the files and directories of {@link JobSettings#inputs()}
 * through Flink's {@link FileSource} ({@link DocumentFileFormat}), the topic of
 * {@link JobSettings#kafka()} through {@link KafkaArticleSource}, or both, as one stream of
 * documents and problems. Watermarks come later, from the articles' published days; from a followed
 * topic they come from the source, per partition ({@link KafkaArticleSource#watermarks}).
 */
final class JobSources {

    private JobSources() {
    }

    /** The documents and problems of every source the settings name; at least one must be named. */
    static DataStream<Ingested> read(StreamExecutionEnvironment env, JobSettings settings) {
        DataStream<Ingested> files = settings.inputs().inputs().isEmpty() ? null : files(env, settings.inputs());
        DataStream<Ingested> topic = settings.kafka() == null ? null
                : env.fromSource(KafkaArticleSource.of(settings.kafka()), settings.unbounded()
                        ? KafkaArticleSource.watermarks(settings.outOfOrderness(), SitrepFlinkJob.IDLE_AFTER)
                        : WatermarkStrategy.noWatermarks(), "read-kafka").uid("read-kafka");
        if (files == null && topic == null) {
            throw new IllegalArgumentException("the job needs inputs: files or directories, or a Kafka topic");
        }
        return files == null ? topic : topic == null ? files : files.union(topic);
    }

    private static DataStream<Ingested> files(StreamExecutionEnvironment env, InputRoots roots) {
        Path[] paths = roots.absolutePaths().stream().map(Path::new).toArray(Path[]::new);
        FileSource<Ingested> source = FileSource.forBulkFileFormat(new DocumentFileFormat(roots), paths)
                .setFileEnumerator(() -> new NonSplittingRecursiveEnumerator(p -> readsFile(roots, p)))
                .build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "read").uid("read");
    }

    /**
     * True for the files a directory walk of {@code sitrep report} reads: every named input, and
     * below a directory the files whose name announces a type Sitrep reads. Directories are listed.
     */
    private static boolean readsFile(InputRoots roots, Path p) {
        java.nio.file.Path local = java.nio.file.Path.of(p.toUri());
        if (java.nio.file.Files.isDirectory(local) || roots.isNamed(local)) {
            return true;
        }
        return InputReader.readsByName(local.getFileName().toString());
    }
}
