package org.sitrep.text;

import java.util.Set;

/**
 * English function words and reporting words that carry no topic: left out of content vectors so
 * that two articles are compared by what they are about, not by how news is written.
 */
public final class Stopwords {

    private Stopwords() {
    }

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "almost", "along", "already", "also",
            "although", "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at",
            "be", "became", "because", "become", "been", "before", "being", "below", "between", "both", "but",
            "by", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
            "else", "even", "ever", "every", "few", "for", "from", "further", "get", "got", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less",
            "let", "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my",
            "myself", "near", "nearly", "neither", "new", "no", "nor", "not", "now", "of", "off", "often",
            "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out", "over",
            "own", "per", "perhaps", "quite", "rather", "same", "several", "she", "should", "since", "so",
            "some", "still", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too", "toward",
            "towards", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when",
            "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
            "without", "would", "yet", "you", "your", "yours",
            // reporting and filler words: every news article has them
            "said", "say", "says", "saying", "told", "tell", "according", "reported", "report", "reports",
            "added", "statement", "mr", "mrs", "ms", "dr", "messrs", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "weeks", "month",
            "months", "year", "years", "day", "days", "time", "times", "people", "way", "part", "take",
            "took", "taken", "go", "went", "going", "come", "came", "including", "include", "includes",
            "s", "t", "'s", "n't");

    /** True when {@code lowerCaseWord} is a stopword. */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
