package org.sitrep.analyse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of an English base word, so that lexicons can be written as base forms and
 * still match text whose tokens carry no lemma. Regular forms are generated; irregular verbs come
 * from a table.
 */
final class Inflections {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("meet", "met"), Map.entry("hold", "held"), Map.entry("send", "sent"), Map.entry("shoot", "shot"),
            Map.entry("strike", "struck"), Map.entry("fight", "fought"), Map.entry("withdraw", "withdrew withdrawn"),
            Map.entry("lead", "led"), Map.entry("say", "said"), Map.entry("tell", "told"), Map.entry("break", "broke broken"),
            Map.entry("buy", "bought"), Map.entry("sell", "sold"), Map.entry("seek", "sought"), Map.entry("take", "took taken"),
            Map.entry("give", "gave given"), Map.entry("bring", "brought"), Map.entry("overrun", "overran"),
            Map.entry("shut", "shut"), Map.entry("hit", "hit"), Map.entry("cut", "cut"), Map.entry("put", "put"),
            Map.entry("begin", "began begun"), Map.entry("win", "won"), Map.entry("lose", "lost"),
            Map.entry("flee", "fled"), Map.entry("drive", "drove driven"), Map.entry("down", "downed"));

    private Inflections() {
    }

    /** The base form and its inflections, lower case. */
    static Set<String> of(String base) {
        String b = base.toLowerCase(Locale.ROOT);
        Set<String> forms = new HashSet<>();
        forms.add(b);
        String irregular = IRREGULAR.get(b);
        if (irregular != null) {
            forms.addAll(Set.of(irregular.split(" ")));
        }
        boolean endsE = b.endsWith("e");
        boolean endsY = b.endsWith("y") && b.length() > 1 && "aeiou".indexOf(b.charAt(b.length() - 2)) < 0;
        if (endsY) {
            String stem = b.substring(0, b.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(b + "ing");
        } else if (endsE) {
            forms.add(b + "s");
            forms.add(b + "d");
            forms.add(b.substring(0, b.length() - 1) + "ing");
        } else {
            boolean sibilant = b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x") || b.endsWith("z");
            forms.add(b + (sibilant ? "es" : "s"));
            forms.add(b + "ed");
            forms.add(b + "ing");
            if (doublesFinalConsonant(b)) {
                char last = b.charAt(b.length() - 1);
                forms.add(b + last + "ed");
                forms.add(b + last + "ing");
            }
        }
        return forms;
    }

    /** Short verbs ending consonant-vowel-consonant double it before -ed and -ing ("ship", "shipped"). */
    private static boolean doublesFinalConsonant(String b) {
        int n = b.length();
        if (n < 3 || n > 4) {
            return false;
        }
        char c1 = b.charAt(n - 3);
        char v = b.charAt(n - 2);
        char c2 = b.charAt(n - 1);
        return "aeiou".indexOf(c1) < 0 && "aeiou".indexOf(v) >= 0 && "aeiouwxy".indexOf(c2) < 0;
    }
}
