package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.NATIONALITY;
import static org.sitrep.model.EntityType.ORGANIZATION;
import static org.sitrep.model.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedArticle;
import org.sitrep.cluster.Story;
import org.sitrep.model.EntityType;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver(EntityResolverConfig.withCountries(new TestCountries()));

    private List<Entity> resolve(AnnotatedArticle... articles) {
        return resolver.apply(StoryAnalysis.of(Story.of(List.of(articles)))).entities();
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + entities));
    }

    @Test
    void mergesSpellingsWithAndWithoutDiacriticsAndKeepsTheDiacritics() {
        List<Entity> entities = resolve(
                article("a-1", "The delegation was led by Sedat Onal on Monday.").mentions(PERSON, "Sedat Onal").build(),
                article("a-2", "Deputy minister Sedat Önal headed the team.").mentions(PERSON, "Sedat Önal").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Sedat Önal");
        assertThat(entities.get(0).aliases()).contains("Sedat Onal", "Sedat Önal");
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void mergesSurnameAndHonorificFormsIntoTheFullName() {
        List<Entity> entities = resolve(
                article("a-1", "President Recep Tayyip Erdogan spoke. Later Mr Erdogan left.")
                        .mentions(PERSON, "Recep Tayyip Erdogan", "Erdogan").build(),
                article("a-2", "Erdogan said the talks failed.").mentions(PERSON, "Erdogan").build());
        Entity erdogan = named(entities, "Recep Tayyip Erdogan");
        assertThat(entities).hasSize(1);
        assertThat(erdogan.type()).isEqualTo(PERSON);
        assertThat(erdogan.aliases()).contains("Erdogan", "Mr Erdogan", "President Recep Tayyip Erdogan");
        assertThat(erdogan.mentions()).hasSize(3);
    }

    @Test
    void mergesSpellingsOfTheArabicArticle() {
        List<Entity> entities = resolve(
                article("a-1", "Bashar al-Assad rules. Assad's forces advanced.")
                        .mentions(PERSON, "Bashar al-Assad", "Assad's").build(),
                article("a-2", "Opposition to Mr Al Assad grew.").mentions(PERSON, "Al Assad").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Bashar al-Assad");
        assertThat(entities.get(0).aliases()).contains("Al Assad", "Assad", "Mr Al Assad");
    }

    @Test
    void keepsTwoPeopleWhoShareASurnameApart() {
        List<Entity> entities = resolve(article("a-1",
                "Ahmed Hassan met Omar Hassan. Hassan said nothing.")
                .mentions(PERSON, "Ahmed Hassan", "Omar Hassan", "Hassan").build());
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Ahmed Hassan", "Omar Hassan", "Hassan");
    }

    @Test
    void joinsAnAcronymToItsExpansion() {
        List<Entity> entities = resolve(
                article("a-1", "Idlib is held by Hayat Tahrir al-Sham fighters.")
                        .mentions(ORGANIZATION, "Hayat Tahrir al-Sham").mentions(LOCATION, "Idlib").build(),
                article("a-2", "HTS controls most of Idlib.").mentions(ORGANIZATION, "HTS").mentions(LOCATION, "Idlib")
                        .build());
        Entity hts = named(entities, "Hayat Tahrir al-Sham");
        assertThat(hts.aliases()).contains("HTS");
        assertThat(hts.mentions()).hasSize(2);
        assertThat(named(entities, "Idlib").mentions()).hasSize(2);
    }

    @Test
    void readsASeatOfGovernmentAsTheStateUnlessItIsThePlace() {
        List<Entity> entities = resolve(article("a-1",
                "Ankara said it would retaliate. Talks were held in Ankara. Turkish troops moved. Turkey warned Moscow.")
                .mentions(LOCATION, "Ankara", "Turkey", "Moscow").mentions(NATIONALITY, "Turkish").build());
        Entity turkey = named(entities, "Turkey");
        assertThat(turkey.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(turkey.aliases()).contains("Ankara", "Turkish", "Turkey");
        assertThat(turkey.mentions()).hasSize(3);
        Entity city = named(entities, "Ankara");
        assertThat(city.type()).isEqualTo(EntityType.CITY);
        assertThat(city.mentions()).hasSize(1);
        assertThat(named(entities, "Russia").aliases()).containsExactly("Moscow");
    }

    @Test
    void numbersEntitiesByHowOftenTheyAreMentioned() {
        List<Entity> entities = resolve(article("a-1", "Vladimir Putin met Putin's aides. Putin left. Sergey Lavrov stayed.")
                .mentions(PERSON, "Vladimir Putin", "Putin's", "Putin", "Sergey Lavrov").build());
        assertThat(entities.get(0).name()).isEqualTo("Vladimir Putin");
        assertThat(entities.get(0).id().value()).endsWith("/e1");
        assertThat(entities.get(1).name()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void joinsAnAcronymToTheNameItIsDefinedAfterWhateverItsLetters() {
        List<Entity> entities = resolve(
                article("a-1", "The State Agency for Chemical Safety (AESQ) inspected the plant.")
                        .mentions(ORGANIZATION, "State Agency for Chemical Safety", "AESQ").build(),
                article("a-2", "AESQ said it had warned the company.").mentions(ORGANIZATION, "AESQ").build());
        Entity agency = named(entities, "State Agency for Chemical Safety");
        assertThat(agency.aliases()).contains("AESQ");
        assertThat(agency.mentions()).hasSize(3);
    }

    @Test
    void joinsACompanyShortNameToItsFullNameAndTypesItByItsLegalForm() {
        List<Entity> entities = resolve(
                article("a-1", "Calvera Química SA runs the plant. Calvera said the valve was new.")
                        .mentions(LOCATION, "Calvera Química SA").mentions(PERSON, "Calvera").build(),
                article("a-2", "Calvera denied it.").mentions(PERSON, "Calvera").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Calvera Química SA");
        assertThat(entities.get(0).type()).isEqualTo(ORGANIZATION);
    }

    @Test
    void keepsANonCapitalCityApartFromItsCountry() {
        CountryNames withAleppo = new CountryNames() {
            @Override
            public java.util.Optional<String> countryOf(String name) {
                return name.equals("Syria") ? java.util.Optional.of("Syria") : java.util.Optional.empty();
            }

            @Override
            public boolean isSeatOfGovernment(String name) {
                return false;
            }
        };
        List<Entity> entities = new EntityResolver(EntityResolverConfig.withCountries(withAleppo))
                .apply(StoryAnalysis.of(Story.of(List.of(article("a-1", "Forces near Aleppo in Syria advanced.")
                        .mentions(LOCATION, "Aleppo", "Syria").build())))).entities();
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Aleppo", "Syria");
    }
}
