package org.sitrep.analyse;

import org.sitrep.pipeline.Stage;

/**
 * A stage of story analysis: reads a story and what earlier analysers found, returns a copy with its
 * own part filled in (entities, claims, events, ...).
 */
public interface StoryAnalyser extends Stage<StoryAnalysis, StoryAnalysis> {
}
