/**
 * Evaluation of Sitrep's stages on the public data in {@code ../shared/bench}: a reader for each
 * dataset, the metric its publishers use, reference baselines, and the result types the
 * {@code sitrep eval} commands print. One subpackage per task ({@code extract}, {@code entities},
 * {@code cluster}, {@code summarize}). Evaluation never copies benchmark data into the repository:
 * every command takes the dataset's path.
 */
package org.sitrep.eval;
