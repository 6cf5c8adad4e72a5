/**
 * Benchmarks: each class is a {@code main} that runs Sitrep and, where there is one, a peer on the
 * same input in the same process and prints a Markdown table (see the module README).
 */
package org.sitrep.bench;
