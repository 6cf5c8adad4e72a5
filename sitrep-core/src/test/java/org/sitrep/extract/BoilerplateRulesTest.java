package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {

    private static Optional<String> reason(String line) {
        return BoilerplateRules.match(LineShape.of(line)).map(r -> r.kind().reason());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            ADVERTISEMENT                                                        => advertisement
            Story continues below advertisement                                  => advertisement
            Subscribe to continue reading                                        => paywall prompt
            This article is for subscribers only.                                => paywall prompt
            You've reached your free article limit this month.                   => paywall prompt
            To view the full story, please subscribe to The Daily Example.       => paywall prompt
            If you are already a subscriber, log in for immediate access.        => paywall prompt
            Never miss the latest news by signing up to our newsletter           => newsletter prompt
            Subscribe to email updates                                           => newsletter prompt
            Download the Example News app for iOS and Android.                   => app promo
            Follow The Example Post on Twitter and Instagram @examplepost.       => support prompt
            If you enjoyed reading this post, please consider supporting us.     => support prompt
            Advertising Disclosure                                               => affiliate disclosure
            This post contains affiliate links, and we may earn a commission.    => affiliate disclosure
            Tagged: budget, parliament                                           => tag list
            Spread the love                                                      => share prompt
            Share this article                                                   => share prompt
            Facebook Twitter Email                                               => share prompt
            Share on WhatsApp                                                    => share prompt
            Sign up to:                                                          => newsletter prompt
            Sign up for our morning briefing                                     => newsletter prompt
            Get our daily newsletter in your inbox                               => newsletter prompt
            * Please select one                                                  => form field
            Leave a Reply                                                        => comment form
            Your email address will not be published. Required fields are marked * => comment form
            12 Comments                                                          => comment form
            %d bloggers like this:                                               => like widget
            (Published 10/23/19) Another story about something else entirely.   => promo from another story
            To contact the reporter on this story: Jane Doe in Paris at jd@example.com => contact line
            To contact the editors responsible for this story: A B at ab@example.com => contact line
            Write to Jared Malsin at jared.malsin@wsj.com                        => contact line
            --With assistance from Firat Kozok.                                  => contributor line
            Additional reporting by Ann Lee; Editing by Tom Roe                  => contributor line
            \u00a92020 Bloomberg L.P.                                            => copyright line
            Copyright \u00a9 2021 Dow Jones & Company, Inc. All Rights Reserved. => copyright line
            All rights reserved.                                                 => copyright line
            ID 34879931 \u00a9 Richard Harvey | Dreamstime.com                   => photo credit
            vladimir smirnov/Agence France-Presse/Getty Images                   => photo credit
            Photo: Island Observatory                                            => photo credit
            Turkish Foreign Ministry via Reuters                                 => photo credit
            Getty Images                                                         => photo credit
            Leaders meet in Sochi on Wednesday. Alexei Druzhinin/Sputnik         => photo caption
            A man walks past rubble in Idlib on Monday (AP Photo/Ghaith Alsayed) => photo caption
            Watch: How the new line will change travel times                     => video teaser
            Read more: Turkey and Russia agree on a ceasefire                    => related link
            Most Popular                                                         => list header
            Most Read                                                            => list header
            Editor's Picks                                                       => list header
            Related Articles                                                     => list header
            You may also like                                                    => list header
            Explore More Insights                                                => list header
            FIND US ON                                                           => share prompt
            Source link                                                          => source link
            This article originally appeared on Example News.                    => source link
            Tags: Syria, Turkey, Russia                                          => tag list
            Skip to content                                                      => navigation
            5 min read                                                           => navigation
            """)
    void marksBoilerplateLinesWithTheirReason(String line, String reason) {
        assertThat(reason(line.translateEscapes())).contains(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The union said members would stay off the job until operators improved their offer.",
        "Share prices fell 3% on Monday after the company cut its forecast.",
        "Sign up for the draft was slow, officials said, with only a third of eligible men registered by Friday.",
        "More than 300 volunteers planted trees along the river bank.",
        "More on that later.",
        "Photographs of the damage spread quickly on social media, where they were shared thousands of times.",
        "He said the talks, which were reported by Reuters, had stalled.",
        "Related to the dispute is a question of water rights that goes back decades.",
        "(Bloomberg) -- A delegation of Turkish officials will hold talks in Russia on Tuesday.",
        "The newsletter reported that the minister had resigned after months of pressure from his own party.",
        "Most of the refugees crossed the border at night.",
        "Watch out for ice on the roads, forecasters said.",
        "Copyright law has not kept up with the internet, critics of the bill argued.",
        "Subscribers to the service will pay more from April.",
        "Farmers can download the app on their phones to report crop damage, the ministry said.",
        "If you enjoyed the first film, the sequel will not disappoint, critics said.",
        "She said she would follow the ministry on the question of pensions."})
    void keepsBodySentencesThatStartLikeBoilerplate(String line) {
        assertThat(reason(line)).isEmpty();
    }

    @Test
    void triesMoreSpecificRulesFirst() {
        // a promo blurb ends with an agency credit like a caption does; its own date stamp decides
        assertThat(reason("Congress needs to act. (Published 10/23/19) Image: Alexei Druzhinin/Reuters"))
                .contains("promo from another story");
        // a dated copyright notice is not a stock-photo credit
        assertThat(reason("\u00a9 2019 Example Media")).contains("copyright line");
        assertThat(reason("\u00a9 Example Photographer")).contains("photo credit");
    }

    /**
     * A cue only skips lines its pattern rejects: in every line a cued rule's pattern matches, one of
     * its cues occurs, in the examples as written and upper-cased (the patterns ignore case).
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Subscribe to continue reading", "To view the full story, please subscribe to The Daily Example.",
        "You've reached your free article limit this month.", "Members-only content",
        "Register now to read unlimited articles and stories.", "You have 2 free articles left this month.",
        "Subscribe for just $1 a week and get unlimited access today.", "The Weekly Briefing newsletter",
        "Want the inside story every morning? Sign up here.", "Download the Example News app for iOS and Android.",
        "Get the latest headlines delivered to your phone", "If you enjoyed reading this post, please consider supporting us.",
        "Please support independent journalism today.", "Help us keep reporting.",
        "Follow The Example Post on Twitter and Instagram @examplepost.", "You can find us on X",
        "Advertising Disclosure", "This post contains affiliate links, and we may earn a commission.",
        "Disclaimer: views are the author's own.", "(Published 10/23/19) Another story about something else entirely.",
        "Congress needs to act. Image: Alexei Druzhinin/Reuters", "Write to Jared Malsin at jared.malsin@wsj.com",
        "All rights reserved.", "Leaders meet in Sochi on Wednesday. Alexei Druzhinin/Sputnik",
        "Leaders meet in Sochi on Wednesday. Photo by Ann Lee via Getty Images",
        "A man walks past rubble in Idlib on Monday (AP Photo/Ghaith Alsayed)"})
    void cuedRulesFindACueInEveryLineTheirPatternMatches(String example) {
        int matched = 0;
        for (String line : new String[] {example, example.toUpperCase(java.util.Locale.ROOT)}) {
            LineShape shape = LineShape.of(line);
            String lower = shape.text().toLowerCase(java.util.Locale.ROOT);
            for (BoilerplateRule rule : BoilerplateRules.RULES) {
                if (rule.cues().isEmpty() || !rule.pattern().matcher(shape.text()).matches()) {
                    continue;
                }
                matched++;
                assertThat(rule.cues()).as(rule.why() + " on '" + line + "'").anyMatch(lower::contains);
                assertThat(rule.matches(shape, lower)).isEqualTo(rule.maxWords() == 0
                        || shape.wordCount() <= rule.maxWords());
            }
        }
        assertThat(matched).as("a cued rule's pattern matches '" + example + "'").isPositive();
    }

    @Test
    void everyRuleSaysWhyItExists() {
        assertThat(BoilerplateRules.RULES).allSatisfy(r -> assertThat(r.why()).isNotBlank());
    }
}
