package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Capability;

/**
 * Stages of one type run in order, each on the output of the one before. Built with
 * {@link #of(Set, List)}, which checks that every stage's requirements are provided by the initial
 * capabilities or an earlier stage, and fails with the name of the first stage that is out of order.
 *
 * <p>Immutable and thread-safe when its stages are.
 */
public final class StageChain<T> implements Stage<T, T> {

    private final String name;
    private final List<Stage<T, T>> stages;
    private final Set<Capability> requires;
    private final Set<Capability> provides;

    private StageChain(String name, List<Stage<T, T>> stages, Set<Capability> requires, Set<Capability> provides) {
        this.name = name;
        this.stages = List.copyOf(stages);
        this.requires = Collections.unmodifiableSet(requires);
        this.provides = Collections.unmodifiableSet(provides);
    }

    /**
     * A chain named {@code name} that starts from {@code available} and runs {@code stages} in order.
     *
     * @throws IllegalStateException when a stage requires something no earlier stage provides
     */
    public static <T> StageChain<T> of(String name, Set<Capability> available, List<? extends Stage<T, T>> stages) {
        EnumSet<Capability> have = available.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(available);
        EnumSet<Capability> provided = EnumSet.noneOf(Capability.class);
        for (Stage<T, T> stage : stages) {
            EnumSet<Capability> missing = stage.requires().isEmpty()
                    ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(stage.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' in " + name + " requires " + missing
                        + " but the stages before it provide only " + have);
            }
            have.addAll(stage.provides());
            provided.addAll(stage.provides());
        }
        EnumSet<Capability> requires = available.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(available);
        return new StageChain<>(name, new ArrayList<>(stages), requires, provided);
    }

    /** Same as {@link #of(String, Set, List)} with the chain named {@code "chain"}. */
    public static <T> StageChain<T> of(Set<Capability> available, List<? extends Stage<T, T>> stages) {
        return of("chain", available, stages);
    }

    /** The stages in the order they run. */
    public List<Stage<T, T>> stages() {
        return stages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Capability> requires() {
        return requires;
    }

    @Override
    public Set<Capability> provides() {
        return provides;
    }

    @Override
    public T apply(T input) {
        T value = input;
        for (Stage<T, T> stage : stages) {
            value = stage.apply(value);
        }
        return value;
    }
}
