package org.sitrep.app;

import org.sitrep.Sitrep;
import org.sitrep.nlp.SharedAnnotator;

/**
 * The {@code sitrep} command line with the real CoreNLP annotator of the test fixtures, run in its own
 * JVM so that a test can kill an ingest while it runs ({@link IngestCrashSafetyTest}). Loading the
 * models takes this JVM 6-14 s before the first batch; each article then takes CoreNLP's real time.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        System.exit(Main.run(args, new CliContext(System.out, System.err, false,
                threads -> Sitrep.builder().threads(threads).annotator(new SharedAnnotator()).build())));
    }
}
