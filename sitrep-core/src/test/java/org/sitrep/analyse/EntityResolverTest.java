package org.sitrep.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fixtures.ArticleFixture.article;
import static org.sitrep.model.EntityType.LOCATION;
import static org.sitrep.model.EntityType.MISC;
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
    void mergesTheElSpellingAMultiWordTitleAndTheKremlin() {
        List<Entity> entities = resolve(
                article("a-1", "Deputy Foreign Minister Sedat Önal met Abdel Fattah el-Sisi. The Kremlin said nothing.")
                        .mentions(PERSON, "Deputy Foreign Minister Sedat Önal", "Abdel Fattah el-Sisi")
                        .mentions(ORGANIZATION, "Kremlin").build(),
                article("a-2", "Onal later flew home. El Sisi thanked Russia.").mentions(PERSON, "Onal", "El Sisi")
                        .mentions(LOCATION, "Russia").build());
        assertThat(entities).extracting(Entity::name)
                .containsExactlyInAnyOrder("Sedat Önal", "Abdel Fattah el-Sisi", "Russia");
        assertThat(named(entities, "Sedat Önal").mentions()).hasSize(2);
        assertThat(named(entities, "Abdel Fattah el-Sisi").aliases()).contains("El Sisi");
        assertThat(named(entities, "Russia").aliases()).contains("Kremlin", "Russia");
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
    void readsACapitalAfterAPrepositionAsTheStateWhenTheWordBeforeMakesItAParty() {
        List<Entity> entities = resolve(article("a-1",
                "We call on Ankara to act. Turkey has moved closer to Moscow. Talks were held in Ankara. "
                        + "The delegates flew to Moscow. Pressure from Ankara grew. Officials in Moscow said no.")
                .mentions(LOCATION, "Ankara", "Turkey", "Moscow").build());
        assertThat(named(entities, "Turkey").mentions()).hasSize(3);
        assertThat(named(entities, "Russia").mentions()).hasSize(2);
        assertThat(named(entities, "Ankara").type()).isEqualTo(EntityType.CITY);
        assertThat(named(entities, "Ankara").mentions()).hasSize(1);
        assertThat(named(entities, "Moscow").type()).isEqualTo(EntityType.CITY);
        assertThat(named(entities, "Moscow").mentions()).hasSize(1);
    }

    @Test
    void readsACapitalListedWithPlacesThatAreNoStatesAsThePlace() {
        List<Entity> entities = resolve(article("a-1",
                "Races such as Boston, Moscow and Chicago are famous. Its office is Damascus, Oregon. "
                        + "Ankara and Moscow signed a deal.")
                .mentions(LOCATION, "Boston", "Chicago", "Oregon", "Moscow", "Damascus", "Ankara").build());
        assertThat(named(entities, "Moscow").type()).isEqualTo(EntityType.CITY);
        assertThat(named(entities, "Moscow").mentions()).hasSize(1);
        assertThat(named(entities, "Damascus").type()).isEqualTo(EntityType.CITY);
        assertThat(named(entities, "Russia").mentions()).hasSize(1);
        assertThat(named(entities, "Turkey").mentions()).hasSize(1);
    }

    @Test
    void readsACapitalAsTheStateOnlyWhereItSpeaksActsOrGovernmentIsTheTopic() {
        List<Entity> entities = resolve(article("a-1",
                "Bangkok is easy to get around. We explored Bangkok by bus. Bangkok has denied the report. "
                        + "The talks with Bangkok stalled over sanctions. Hanoi warned Bangkok.")
                .mentions(LOCATION, "Bangkok").build());
        Entity city = named(entities, "Bangkok");
        assertThat(city.type()).isEqualTo(EntityType.CITY);
        assertThat(city.mentions()).hasSize(2);
        assertThat(named(entities, "Thailand").aliases()).containsExactly("Bangkok");
        assertThat(named(entities, "Thailand").mentions()).hasSize(3);

        List<Entity> news = resolve(article("a-2", "Officials met diplomats for talks on a ceasefire. Ankara fears "
                + "a new wave of refugees. Bangkok-backed militias moved.").mentions(LOCATION, "Ankara", "Bangkok")
                .build());
        assertThat(named(news, "Turkey").aliases()).containsExactly("Ankara");
        assertThat(named(news, "Thailand").aliases()).containsExactly("Bangkok");
        List<Entity> travel = resolve(article("a-3", "Bangkok-backed militias moved. Bangkok-based writers stayed.")
                .mentions(LOCATION, "Bangkok").build());
        assertThat(named(travel, "Thailand").mentions()).hasSize(1);
        assertThat(named(travel, "Bangkok").mentions()).hasSize(1);
    }

    @Test
    void readsACapitalBeforeAnOfficeOrAfterADeterminerAsTheCity() {
        // the mayor speaks, not the state; "the Bangkok protests" are protests in the city
        List<Entity> entities = resolve(article("a-1", "Bangkok Mayor Chadchart Sittipunt said the canals would "
                + "open. The Bangkok protests drew crowds. Bangkok said it would respond.")
                .mentions(LOCATION, "Bangkok").build());
        assertThat(named(entities, "Bangkok").type()).isEqualTo(EntityType.CITY);
        assertThat(named(entities, "Bangkok").mentions()).hasSize(2);
        assertThat(named(entities, "Thailand").mentions()).hasSize(1);
    }

    @Test
    void readsATitleHeldOfAPlaceAsAPersonNotThePlace() {
        List<Entity> entities = resolve(article("a-1", "The Prince of Wales has warned that young people need help. "
                + "Wales voted.").mentions(LOCATION, "Prince of Wales", "Wales").build());
        Entity prince = named(entities, "Prince of Wales");
        assertThat(prince.type()).isEqualTo(EntityType.PERSON);
        assertThat(named(entities, "Wales").mentions()).hasSize(1);
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
    void namesAnEntityByTheWholeNameBeforeItsAcronymWhenTheTaggerCutItShort() {
        List<Entity> entities = resolve(
                article("a-1", "The State Agency for Chemical Safety (AESQ) inspected the plant.")
                        .mentions(ORGANIZATION, "State Agency", "AESQ").build(),
                article("a-2", "AESQ said it had warned the company.").mentions(ORGANIZATION, "AESQ").build());
        Entity agency = named(entities, "State Agency for Chemical Safety");
        assertThat(agency.aliases()).contains("State Agency", "AESQ");
        assertThat(agency.mentions()).hasSize(3);
    }

    @Test
    void typesANameAnySourceIntroducesWithACompanyNounAsAnOrganisation() {
        List<Entity> entities = resolve(
                article("a-1", "A rocket built by the Tromsø start-up Skarv Orbital reached orbit.")
                        .mentions(PERSON, "Skarv Orbital").build(),
                article("a-2", "Skarv Orbital has opened talks with investors. Skarv employs 140 people. "
                        + "The engineer Ola Nordmann and the company's founder Kari Holm watched.")
                        .mentions(PERSON, "Skarv Orbital", "Skarv", "Ola Nordmann", "Kari Holm").build());
        assertThat(named(entities, "Skarv Orbital").type()).isEqualTo(ORGANIZATION);
        assertThat(named(entities, "Ola Nordmann").type()).isEqualTo(PERSON);
        assertThat(named(entities, "Kari Holm").type()).isEqualTo(PERSON);
    }

    @Test
    void leavesOutTheAgencyADatelineCreditsButNotTheSameAgencyAsAnActor() {
        List<Entity> entities = resolve(
                article("a-1", "MADRID (Peninsula Wire) -- Police arrested the plant manager on Thursday.")
                        .mentions(ORGANIZATION, "Peninsula Wire").build(),
                article("a-2", "MADRID (Harbour News) -- The minister sued Peninsula Wire (the agency) on Friday.")
                        .mentions(ORGANIZATION, "Harbour News", "Peninsula Wire").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Peninsula Wire");
        assertThat(entities.get(0).mentions()).hasSize(1);
    }

    @Test
    void leavesOutAnArticlesOwnPublisherButNotAnotherPublication() {
        List<Entity> entities = resolve(
                article("a-1", "Engineers consulted by the Courier blamed the valve. The minister told the Tagus Herald.")
                        .publisher("The Iberian Courier").mentions(ORGANIZATION, "Courier", "Tagus Herald").build(),
                article("a-2", "Ms Carvalho told the Tagus Herald it was unacceptable.").publisher("Tagus Herald")
                        .mentions(ORGANIZATION, "Tagus Herald").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Tagus Herald");
        assertThat(entities.get(0).mentions()).hasSize(1);
    }

    @Test
    void joinsAnOrganisationsNameInTwoLanguagesButNotTwoPeople() {
        List<Entity> entities = resolve(
                article("a-1", "The Guardia Civil opened an investigation. Paul Smith spoke.")
                        .mentions(ORGANIZATION, "Guardia Civil").mentions(PERSON, "Paul Smith").build(),
                article("a-2", "Spain's Civil Guard arrested the manager. Smith Paul left.")
                        .mentions(ORGANIZATION, "Civil Guard").mentions(PERSON, "Smith Paul").build());
        Entity guard = entities.get(0);
        assertThat(guard.aliases()).contains("Civil Guard", "Guardia Civil");
        assertThat(guard.mentions()).hasSize(2);
        assertThat(entities).extracting(Entity::name).contains("Paul Smith", "Smith Paul");
    }

    @Test
    void showsANameAsProseWritesItNotInADatelinesCapitals() {
        List<Entity> entities = resolve(
                article("a-1", "ANDENES, Norway -- A rocket reached orbit.").mentions(LOCATION, "ANDENES").build(),
                article("a-2", "The rocket flew from a pad near Andenes.").mentions(LOCATION, "Andenes").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Andenes");
        assertThat(entities.get(0).aliases()).contains("ANDENES");
    }

    @Test
    void joinsACompanyShortNameTheTaggerCalledAPlace() {
        List<Entity> entities = resolve(
                article("a-1", "Calvera Química SA runs the plant near Calvera Norte.")
                        .mentions(ORGANIZATION, "Calvera Química SA").build(),
                article("a-2", "Calvera denied it.").mentions(LOCATION, "Calvera").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Calvera Química SA");
        assertThat(entities.get(0).mentions()).hasSize(2);
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

    @Test
    void keepsDescriptionsOutOfTheNameAndJoinsADescriptionUsedAlone() {
        List<Entity> entities = resolve(
                article("a-1", "Polygamist leader Warren Jeffs was convicted. Jeffs said nothing.")
                        .mentions(PERSON, "Polygamist leader Warren Jeffs", "Jeffs").build(),
                article("a-2", "The leader appealed. Deputy Foreign Minister Sedat Onal spoke.")
                        .mentions(PERSON, "leader", "Deputy Foreign Minister Sedat Onal").build());
        Entity jeffs = named(entities, "Warren Jeffs");
        assertThat(jeffs.mentions()).hasSize(3);
        assertThat(jeffs.aliases()).contains("Polygamist leader Warren Jeffs", "Jeffs", "leader");
        assertThat(named(entities, "Sedat Onal").mentions()).hasSize(1);
    }

    @Test
    void leavesADescriptionAloneWhenItFitsTwoPeople() {
        List<Entity> entities = resolve(article("a-1",
                "President Vladimir Putin met President Recep Tayyip Erdogan. The president left.")
                .mentions(PERSON, "President Vladimir Putin", "President Recep Tayyip Erdogan", "president").build());
        assertThat(named(entities, "Vladimir Putin").mentions()).hasSize(1);
        assertThat(named(entities, "Recep Tayyip Erdogan").mentions()).hasSize(1);
    }

    @Test
    void joinsANameWithAMiddleInitialToTheNameWithout() {
        List<Entity> entities = resolve(article("a-1",
                "Winston K. Blackmore was charged. Winston Blackmore denied it. Blackmore left.")
                .mentions(PERSON, "Winston K. Blackmore", "Winston Blackmore", "Blackmore").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).mentions()).hasSize(3);
    }

    @Test
    void letsEachArticleClaimItsOwnBareSurname() {
        List<Entity> entities = resolve(
                article("a-1", "Ahmed Hassan spoke first. Hassan said the talks failed.")
                        .mentions(PERSON, "Ahmed Hassan", "Hassan").build(),
                article("a-2", "Omar Hassan answered. Hassan said they had not.")
                        .mentions(PERSON, "Omar Hassan", "Hassan").build());
        assertThat(named(entities, "Ahmed Hassan").mentions()).hasSize(2);
        assertThat(named(entities, "Omar Hassan").mentions()).hasSize(2);
        assertThat(entities).hasSize(2);
    }

    @Test
    void readsTheRegimeAsTheStateTheStoryTiesItTo() {
        List<Entity> entities = resolve(article("a-1",
                "The Syrian regime shelled the town. Damascus said the regime had not.")
                .mentions(NATIONALITY, "Syrian").mentions(LOCATION, "Damascus").mentions(ORGANIZATION, "regime")
                .build());
        Entity syria = named(entities, "Syria");
        assertThat(syria.mentions()).hasSize(4);
        assertThat(syria.aliases()).contains("Syrian", "Damascus", "regime");
        List<Entity> untied = resolve(article("a-2", "The regime denied it. Turkey and Syria met.")
                .mentions(ORGANIZATION, "regime").mentions(LOCATION, "Turkey", "Syria").build());
        assertThat(untied).extracting(Entity::name).containsExactlyInAnyOrder("Turkey", "Syria");
    }

    @Test
    void readsASharedDemonymAsTheNeighbourTheStoryNames() {
        List<Entity> inBrazzaville = resolve(article("a-1", "Congolese troops paraded in Brazzaville. Congo voted.")
                .mentions(NATIONALITY, "Congolese").mentions(LOCATION, "Brazzaville", "Congo").build());
        assertThat(named(inBrazzaville, "Congo").aliases()).contains("Congolese", "Congo");
        List<Entity> elsewhere = resolve(article("a-2", "Congolese troops paraded.")
                .mentions(NATIONALITY, "Congolese").build());
        assertThat(elsewhere).extracting(Entity::name).containsExactly("DR Congo");
    }

    @Test
    void leavesPronounsOut() {
        List<Entity> entities = resolve(article("a-1", "He said Vladimir Putin met them.")
                .mentions(PERSON, "He", "Vladimir Putin", "them").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Vladimir Putin");
    }

    @Test
    void dropsAPossessiveQualifierAndReadsSpacedAbbreviations() {
        List<Entity> entities = resolve(
                article("a-1", "Russia's Sergey Lavrov spoke. The U . S . Geological Survey measured it.")
                        .mentions(PERSON, "Russia's Sergey Lavrov").mentions(ORGANIZATION, "U . S . Geological Survey")
                        .build(),
                article("a-2", "Sergey Lavrov agreed. The U.S. Geological Survey (USGS) and the USGS said so.")
                        .mentions(PERSON, "Sergey Lavrov").mentions(ORGANIZATION, "U.S. Geological Survey", "USGS")
                        .build());
        assertThat(named(entities, "Sergey Lavrov").mentions()).hasSize(2);
        Entity usgs = entities.stream().filter(e -> e.aliases().contains("USGS")).findFirst().orElseThrow();
        assertThat(usgs.mentions()).hasSize(4);
    }

    @Test
    void readsAPlaceWithALeadingPrepositionOrModifierAsThePlace() {
        List<Entity> entities = resolve(article("a-1", "Troops in western Syria and in Syria moved.")
                .mentions(LOCATION, "in western Syria", "in Syria").build());
        assertThat(entities).extracting(Entity::name).containsExactly("Syria");
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void joinsAnAbbreviatedRunOfWordsAndItsAcronym() {
        List<Entity> entities = resolve(
                article("a-1", "The United States Geological Survey measured it.")
                        .mentions(ORGANIZATION, "United States Geological Survey").build(),
                article("a-2", "The US Geological Survey and the USGS agreed.")
                        .mentions(ORGANIZATION, "US Geological Survey", "USGS").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("United States Geological Survey");
        assertThat(entities.get(0).aliases()).contains("US Geological Survey", "USGS");
    }

    @Test
    void joinsOneLetterSpellingVariantsOfALongWordButNotOfAShortOne() {
        List<Entity> entities = resolve(
                article("a-1", "Sergei Lavrov met Dan Brown.").mentions(PERSON, "Sergei Lavrov", "Dan Brown").build(),
                article("a-2", "Sergey Lavrov met Don Brown.").mentions(PERSON, "Sergey Lavrov", "Don Brown").build());
        assertThat(entities).filteredOn(e -> e.aliases().contains("Sergey Lavrov")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Sergei Lavrov"));
        assertThat(entities).extracting(Entity::name).contains("Dan Brown", "Don Brown").hasSize(3);
        List<Entity> couple = resolve(article("a-3", "Paul Smith and Paula Smith arrived.")
                .mentions(PERSON, "Paul Smith", "Paula Smith").build());
        assertThat(couple).hasSize(2);
    }

    @Test
    void joinsACompanyShortNameWhenTheTaggerCalledTheCompanyAPerson() {
        List<Entity> entities = resolve(
                article("a-1", "Apple Inc. unveiled a laptop.").mentions(PERSON, "Apple Inc.").build(),
                article("a-2", "Apple said it would ship soon.").mentions(ORGANIZATION, "Apple").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).type()).isEqualTo(ORGANIZATION);
        assertThat(entities.get(0).mentions()).hasSize(2);
    }

    @Test
    void readsThePlaceALongerPlacePhraseIsAbout() {
        List<Entity> entities = resolve(
                article("a-1", "A quake struck Indonesia's Aceh province on Tuesday.")
                        .mentions(LOCATION, "Indonesia's Aceh province").build(),
                article("a-2", "It hit the northwestern Indonesian province of Aceh , on the island of Sumatra.")
                        .mentions(LOCATION, "northwestern Indonesian province of Aceh , on the island of Sumatra").build(),
                article("a-3", "Aceh was hit hard, about 14 miles north of Banda Aceh.")
                        .mentions(LOCATION, "about 14 miles north of Banda Aceh", "Aceh").build());
        assertThat(named(entities, "Aceh").mentions()).hasSize(3);
        assertThat(named(entities, "Aceh").aliases()).contains("Indonesia's Aceh province");
        assertThat(named(entities, "Banda Aceh").mentions()).hasSize(1);
    }

    @Test
    void joinsCommonNounsThatShareTheirHeadNounUnlessNumberOrModifiersDiffer() {
        List<Entity> entities = resolve(article("a-1",
                "The quake hit at dawn. A strong quake followed. A leader spoke. The leaders met.")
                .mention("The quake", MISC).mention("A strong quake", MISC)
                .mention("leaders", PERSON).mention("leader", PERSON).build());
        assertThat(entities).hasSize(3);
        assertThat(entities.get(0).mentions()).hasSize(2);
        assertThat(entities.get(0).aliases()).contains("The quake", "A strong quake");
        List<Entity> ministries = resolve(article("a-2", "The interior ministry and the foreign ministry disagreed.")
                .mentions(ORGANIZATION, "interior ministry", "foreign ministry").build());
        assertThat(ministries).hasSize(2);
    }

    @Test
    void leavesTheTaggersLowerCaseNamesToTheNameRules() {
        List<Entity> entities = resolve(article("a-1",
                "The interior ministry said so. Interior later denied it.")
                .mentions(ORGANIZATION, "interior ministry", "Interior").build());
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("interior ministry");
    }

    @Test
    void joinsAPlaceNamedWithTheKindOfAreaToItsBareName() {
        List<Entity> entities = resolve(article("a-1",
                "Shelling hit Idlib Governorate. Idlib was quiet later. Quebec City and Quebec differ.")
                .mentions(LOCATION, "Idlib Governorate", "Idlib", "Quebec City", "Quebec").build());
        assertThat(named(entities, "Idlib Governorate").mentions()).hasSize(2);
        assertThat(entities).hasSize(3);
    }

    @Test
    void readsACapitalAsTheStateAfterItsGovernmentsNounAndAtTheEndOfATurnAwayFromAParty() {
        List<Entity> entities = resolve(article("a-1",
                "The government in Ankara objected. Turkey reoriented itself from Nato towards Moscow. "
                        + "Talks were held in Moscow. The delegates flew from Ankara to Moscow.")
                .mentions(LOCATION, "Ankara", "Turkey", "Moscow").mentions(ORGANIZATION, "Nato").build());
        assertThat(named(entities, "Turkey").mentions()).hasSize(2);
        assertThat(named(entities, "Russia").mentions()).hasSize(1);
        assertThat(named(entities, "Moscow").mentions()).hasSize(2);
        assertThat(named(entities, "Ankara").mentions()).hasSize(1);
    }
}
