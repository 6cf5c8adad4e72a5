package org.sitrep.store;

/**
 * What one ingest did to a workspace.
 *
 * @param read articles extracted from the inputs (after dropping repeats within the inputs)
 * @param added articles newly stored
 * @param alreadyPresent articles the workspace held before (the same source and text), left as they were
 * @param storiesStarted stories that did not exist before
 * @param storiesChanged stories stored or re-analysed, new ones included
 * @param totalArticles articles in the workspace afterwards
 * @param totalStories stories in the workspace afterwards
 */
public record IngestResult(int read, int added, int alreadyPresent, int storiesStarted, int storiesChanged,
        long totalArticles, long totalStories) {
}
