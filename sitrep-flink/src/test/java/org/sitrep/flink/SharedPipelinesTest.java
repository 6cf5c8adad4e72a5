package org.sitrep.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.Sitrep;
import org.sitrep.analyse.StoryAnalyser;
import org.sitrep.analyse.StoryAnalysis;
import org.sitrep.model.Capability;
import org.sitrep.pipeline.RecentMemory;

class SharedPipelinesTest {

    private static final AtomicInteger BUILT = new AtomicInteger();
    private static final AtomicInteger FORGOTTEN = new AtomicInteger();

    /** The fixture pipeline with one analyser that counts how often it is told to forget. */
    private static final class CountingRecipe implements PipelineRecipe {
        private static final long serialVersionUID = 1L;

        @Override
        public Sitrep build() {
            BUILT.incrementAndGet();
            return Sitrep.builder().threads(1).annotator(new FixtureRecipe.RegexAnnotator())
                    .analysers(List.of(new ForgettingAnalyser())).build();
        }
    }

    private static final class ForgettingAnalyser implements StoryAnalyser, RecentMemory {
        @Override
        public void forget() {
            FORGOTTEN.incrementAndGet();
        }

        @Override
        public String name() {
            return "forgetting";
        }

        @Override
        public Set<Capability> requires() {
            return EnumSet.noneOf(Capability.class);
        }

        @Override
        public Set<Capability> provides() {
            return EnumSet.noneOf(Capability.class);
        }

        @Override
        public StoryAnalysis apply(StoryAnalysis analysis) {
            return analysis;
        }
    }

    @Test
    void aKeptPipelineForgetsEachJobWhenItsLastOperatorLeavesAndKeepsItsModels() {
        PipelineRecipe recipe = new CountingRecipe();
        int built = BUILT.get();
        int forgotten = FORGOTTEN.get();
        Sitrep kept = SharedPipelines.acquire(recipe);
        try {
            for (int job = 1; job <= 2; job++) {
                Sitrep first = SharedPipelines.joinJob(recipe);
                Sitrep second = SharedPipelines.joinJob(recipe);
                assertThat(first).isSameAs(kept).isSameAs(second);
                SharedPipelines.leaveJob(recipe);
                assertThat(FORGOTTEN.get()).as("one operator of job %d still runs", job).isEqualTo(forgotten + job - 1);
                SharedPipelines.leaveJob(recipe);
                assertThat(FORGOTTEN.get()).as("job %d ended", job).isEqualTo(forgotten + job);
            }
            assertThat(BUILT.get()).isEqualTo(built + 1);
        } finally {
            SharedPipelines.release(recipe);
        }
    }

    @Test
    void aPipelineNobodyKeepsClosesWithItsLastJobAndIsBuiltAgainForTheNext() {
        PipelineRecipe recipe = new CountingRecipe();
        int built = BUILT.get();
        int forgotten = FORGOTTEN.get();
        Sitrep first = SharedPipelines.joinJob(recipe);
        SharedPipelines.leaveJob(recipe);
        Sitrep next = SharedPipelines.joinJob(recipe);
        SharedPipelines.leaveJob(recipe);
        assertThat(next).isNotSameAs(first);
        assertThat(BUILT.get()).isEqualTo(built + 2);
        assertThat(FORGOTTEN.get()).as("closed, not kept: nothing to forget").isEqualTo(forgotten);
    }
}
