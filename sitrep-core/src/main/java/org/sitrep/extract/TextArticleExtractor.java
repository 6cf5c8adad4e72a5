package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts the body of an already-scraped text: splits it into paragraphs at blank lines (keeping
 * each paragraph's own line breaks), then hands them to the {@link BoilerplateRemover}, which finds
 * the headline at the top and removes boilerplate line by line. Thread-safe; linear in the text.
 */
final class TextArticleExtractor {

    private final BoilerplateRemover remover;

    TextArticleExtractor(BoilerplateRemover remover) {
        this.remover = Objects.requireNonNull(remover, "remover");
    }

    /**
     * The cleaned body of {@code text}.
     *
     * @param knownTitle a title the container declared, or null
     */
    CleanBody extract(String text, String knownTitle) {
        return remover.clean(paragraphs(text), knownTitle == null ? List.of() : List.of(knownTitle), true);
    }

    /** The paragraphs of {@code text}: runs of non-blank lines, each line stripped of surrounding white space. */
    static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (line.isBlank()) {
                if (!lines.isEmpty()) {
                    blocks.add(Block.of(lines, BlockKind.PARAGRAPH));
                    lines = new ArrayList<>();
                }
            } else {
                lines.add(line.strip());
            }
        }
        if (!lines.isEmpty()) {
            blocks.add(Block.of(lines, BlockKind.PARAGRAPH));
        }
        return blocks;
    }
}
