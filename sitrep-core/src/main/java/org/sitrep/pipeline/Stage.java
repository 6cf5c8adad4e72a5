package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.model.Capability;

/**
 * One step of the data flow: a name, what it requires from the stages before it, what it provides,
 * and one {@link #apply} that returns a new value and never mutates its input.
 *
 * <p>Implementations are safe to call from many threads at once unless their Javadoc says otherwise.
 *
 * @param <I> what the stage takes
 * @param <O> what it gives
 */
public interface Stage<I, O> {

    /** A short name for logs and errors, e.g. {@code "quantities"}. */
    String name();

    /** Capabilities that must be present before this stage runs. */
    Set<Capability> requires();

    /** Capabilities present after this stage has run. */
    Set<Capability> provides();

    /** Runs the stage on one input. */
    O apply(I input);
}
