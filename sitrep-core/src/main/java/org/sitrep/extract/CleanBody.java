package org.sitrep.extract;

import java.util.List;

/**
 * What boilerplate removal leaves: the kept blocks, the removed lines with their reasons in
 * document order, the headline line if one was found in the text, the metadata read from the
 * removed lines, and the paywall notice if one was seen. Immutable.
 *
 * @param title the headline as found at the top of the body, or null
 * @param paywall the first paywall or metering notice, or null
 */
record CleanBody(List<Block> kept, List<RemovedBlock> removed, String title, List<MetadataSignal> signals,
        String paywall) {

    CleanBody {
        kept = List.copyOf(kept);
        removed = List.copyOf(removed);
        signals = List.copyOf(signals);
    }
}
