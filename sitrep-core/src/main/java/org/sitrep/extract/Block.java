package org.sitrep.extract;

import java.util.List;
import java.util.Objects;

/**
 * One block of candidate body text: a paragraph of a text file (its lines, as the file broke them)
 * or a block element of a page (lines split at {@code <br>}). Boilerplate is decided line by line
 * and block by block; kept blocks become the paragraphs of {@link Article#text()}. A block the page
 * structure already ruled out (navigation, a comment section) travels with the reason, so removed
 * text is recorded in document order. Immutable.
 *
 * @param removedReason why the block is not body text, or null for a candidate block
 */
record Block(List<String> lines, BlockKind kind, String removedReason) {

    Block {
        lines = List.copyOf(lines);
        Objects.requireNonNull(kind, "kind");
    }

    /** A candidate block. */
    static Block of(List<String> lines, BlockKind kind) {
        return new Block(lines, kind, null);
    }

    /** A block already ruled out, with the reason. */
    static Block removed(List<String> lines, BlockKind kind, String reason) {
        return new Block(lines, kind, Objects.requireNonNull(reason, "reason"));
    }

    /** The block's text: its lines joined by line breaks. */
    String text() {
        return String.join("\n", lines);
    }
}
