package org.sitrep.nlp;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Whether the running JVM compiles very large methods, which CoreNLP's annotators need to run at speed.
 *
 * <p>HotSpot leaves any method of more than 8,000 bytes of bytecode to the interpreter unless it is
 * started with {@value #OPTION}. CoreNLP has several such methods on its hot paths: the CRF's feature
 * extractor {@code NERFeatureFactory.featuresC} (10,370 bytes, run for every token), the tokenizer's
 * {@code PTBLexer.next} (10,741 bytes) and the quantity normaliser's
 * {@code QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities}. Interpreted, {@code featuresC}
 * alone took an eighth of the annotator's samples. The option changes only how fast the same bytecode
 * runs, never what it computes (Java floating point is strict), so the annotations are identical with or
 * without it (measured: BENCHMARKS.md, "Annotation", fifth round). {@code ./sitrep} passes it; a JVM
 * started another way should too.
 */
public final class JitSettings {

    /** The HotSpot option that lets the JIT compile methods larger than 8,000 bytes of bytecode. */
    public static final String OPTION = "-XX:-DontCompileHugeMethods";
    private static final String FLAG = "DontCompileHugeMethods";

    private JitSettings() {
    }

    /**
     * Whether this JVM compiles methods larger than 8,000 bytes of bytecode; empty when it cannot tell
     * (not a HotSpot JVM).
     */
    public static Optional<Boolean> compilesHugeMethods() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) {
                return Optional.empty();
            }
            return Optional.of(!Boolean.parseBoolean(hotSpot.getVMOption(FLAG).getValue()));
        } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
