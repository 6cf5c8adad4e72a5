package org.sitrep.analyse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.annotate.Quote;
import org.sitrep.model.Capability;

/**
 * Gathers a story's quotes and names each speaker by the story's entity for them, so a reader can
 * see everything one actor said across sources. A speaker the annotation left without a mention is
 * looked up by name among the story's entities ({@link SpeakerByName}: "Ms Ødegård" in one source
 * is the "Sølvi Ødegård" of another), then by the office the story's sources give a person
 * ({@link SpeakerByRole}: "the Russian foreign minister" is "Russia's Foreign Minister, Sergey
 * Lavrov"). A speaker that is not a resolved entity keeps the name the text gives ("a Turkish
 * diplomatic source"). Pure and thread-safe.
 */
public final class QuoteCollector implements StoryAnalyser {

    private final CountryNames countries;

    /** A collector that reads country names and demonyms in speakers' titles with {@code countries}. */
    public QuoteCollector(CountryNames countries) {
        this.countries = countries;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Capability> requires() {
        return EnumSet.of(Capability.QUOTES, Capability.ENTITIES);
    }

    @Override
    public Set<Capability> provides() {
        return EnumSet.of(Capability.QUOTE_SPEAKERS);
    }

    @Override
    public StoryAnalysis apply(StoryAnalysis analysis) {
        EntityIndex index = new EntityIndex(analysis.entities());
        SpeakerByRole roles = null;
        List<AttributedQuote> out = new ArrayList<>();
        for (AnnotatedArticle a : analysis.story().articles()) {
            for (Quote q : a.quotes()) {
                if (!q.span().fits(a.text().length())) {
                    continue;
                }
                Entity speaker = q.speaker() == null ? null : index.at(a.id(), q.speaker());
                if (speaker == null) {
                    speaker = SpeakerByName.find(q.speakerText(), analysis.entities());
                }
                if (speaker == null && q.speakerText() != null) {
                    if (roles == null) {
                        roles = SpeakerByRole.of(analysis.entities(), analysis.story().articles(), countries);
                    }
                    speaker = roles.find(q.speakerText());
                }
                String shown = speaker != null ? speaker.name() : SpeakerByName.shown(q.speakerText());
                out.add(new AttributedQuote(q.span().of(a.text()), speaker == null ? null : speaker.id(), shown,
                        q.cue(), q.direct(), a.id(), q.span()));
            }
        }
        return analysis.withQuotes(out);
    }
}
