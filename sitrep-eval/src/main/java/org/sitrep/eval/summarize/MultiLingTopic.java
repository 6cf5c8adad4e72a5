package org.sitrep.eval.summarize;

import java.util.List;
import java.util.Objects;

/**
 * One multi-document summarisation topic: its source articles and the human summaries to score
 * against.
 *
 * @param id the dataset's instance id, e.g. {@code M000}
 * @param documents the source articles, in the dataset's order
 * @param references human summaries, each as its text (sentences joined by spaces), by reference id
 */
public record MultiLingTopic(String id, List<Document> documents, List<Reference> references) {

    public MultiLingTopic {
        Objects.requireNonNull(id, "id");
        documents = List.copyOf(documents);
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("topic " + id + " has no reference summary");
        }
    }

    /**
     * One source article as the dataset gives it: a title line, then a date line and paragraphs
     * (WikiNews layout), each entry of {@code lines} one of those.
     */
    public record Document(String name, List<String> lines) {
        public Document {
            Objects.requireNonNull(name, "name");
            lines = List.copyOf(lines);
        }

        /** The article as plain text: its lines as paragraphs separated by blank lines. */
        public String text() {
            return String.join("\n\n", lines) + "\n";
        }
    }

    /** One human summary. */
    public record Reference(String id, String text) {
        public Reference {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }

        public int words() {
            String t = text.trim();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }
    }

    /** The summary length to aim for: the mean length of the references in white-space words. */
    public int referenceWords() {
        return (int) Math.round(references.stream().mapToInt(Reference::words).average().orElse(0));
    }
}
