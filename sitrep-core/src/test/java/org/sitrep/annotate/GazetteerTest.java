package org.sitrep.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.EntityType;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0} stands for {1}")
    @CsvSource(delimiter = '|', value = {
            "Turkey|Turkey", "Türkiye|Turkey", "TURKIYE|Turkey", "Ankara|Turkey", "Turkish|Turkey", "Turk|Turkey",
            "Turks|Turkey", "Turkey's|Turkey", "Turkey’s|Turkey",
            "Russia|Russia", "Moscow|Russia", "the Kremlin|Russia", "Kremlin|Russia", "Russians|Russia",
            "Syrian|Syria", "Damascus|Syria", "Emirati|United Arab Emirates", "UAE|United Arab Emirates",
            "the US|United States", "U.S.|United States", "United States|United States", "America|United States",
            "Washington|United States", "Washington, D.C.|United States", "the White House|United States",
            "UK|United Kingdom", "Britain|United Kingdom", "British|United Kingdom", "Whitehall|United Kingdom",
            "Downing Street|United Kingdom", "Beijing|China", "Chinese|China", "Brussels|European Union",
            "EU|European Union", "UN|United Nations", "U.N.|United Nations", "United Nations|United Nations",
            "NATO|NATO", "Nato|NATO", "Brasília|Brazil", "Asunción|Paraguay", "Kyiv|Ukraine", "Kiev|Ukraine",
            "Sana'a|Yemen", "N'Djamena|Chad", "Guinea Bissau|Guinea-Bissau", "Ivory Coast|Cote d'Ivoire",
            "Côte d'Ivoire|Cote d'Ivoire", "Aleppo|Syria", "Idlib|Syria", "Kosovo|Kosovo", "Taiwanese|Taiwan",
            "Palestinians|Palestine", "Holy See|Vatican City", "Hong Kong|Hong Kong", "Łódź|Poland"})
    void resolvesNamesCapitalsDemonymsAndMetonymsToTheirCountry(String name, String country) {
        assertThat(gazetteer.countryOf(name)).contains(country);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', value = {
            "Turkey|COUNTRY", "Ankara|CITY", "Turkish|NATIONALITY", "Turks|NATIONALITY", "NATO|ORGANIZATION",
            "the Kremlin|ORGANIZATION", "Brussels|CITY", "Aleppo|CITY", "Hong Kong|STATE_OR_PROVINCE",
            "Kosovo|COUNTRY", "European Union|ORGANIZATION", "Emirati|NATIONALITY"})
    void typesWhatANameItselfDenotes(String name, EntityType type) {
        assertThat(gazetteer.typeOf(name)).contains(type);
    }

    @Test
    void tellsCountriesFromTheirCapitalsAndDemonyms() {
        assertThat(gazetteer.isCountry("Turkey")).isTrue();
        assertThat(gazetteer.isCountry("the United States")).isTrue();
        assertThat(gazetteer.isCountry("Ankara")).isFalse();
        assertThat(gazetteer.isCountry("Turkish")).isFalse();
        assertThat(gazetteer.isCountry("NATO")).isFalse();
    }

    @Test
    void matchesShortAliasesThatAreEnglishWordsOnlyInCapitals() {
        assertThat(gazetteer.countryOf("us")).isEmpty();
        assertThat(gazetteer.countryOf("Us")).isEmpty();
        assertThat(gazetteer.countryOf("who")).isEmpty();
        assertThat(gazetteer.countryOf("WHO")).contains("World Health Organization");
        assertThat(gazetteer.countryOf("US")).contains("United States");
    }

    @Test
    void knowsNothingOfUnlistedOrPartialNames() {
        assertThat(gazetteer.countryOf("Sana")).as("the Syrian news agency is not Yemen's capital").isEmpty();
        assertThat(gazetteer.countryOf("Latin America")).isEmpty();
        assertThat(gazetteer.countryOf("Turk stream")).isEmpty();
        assertThat(gazetteer.countryOf("")).isEmpty();
        assertThat(gazetteer.countryOf(null)).isEmpty();
        assertThat(gazetteer.typeOf("Vladimir Putin")).isEmpty();
    }

    @Test
    void listsEveryUnMemberStateAsACountry() {
        long countries = gazetteer.canonicalNames().stream().filter(gazetteer::isCountry).count();
        assertThat(countries).isGreaterThanOrEqualTo(193 + 10);
        for (String name : List.of("Afghanistan", "Tuvalu", "South Sudan", "Eswatini", "North Macedonia",
                "Timor-Leste", "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Zimbabwe")) {
            assertThat(gazetteer.isCountry(name)).as(name).isTrue();
        }
    }

    @Test
    void everyCanonicalNameResolvesToItself() {
        for (String name : gazetteer.canonicalNames()) {
            assertThat(gazetteer.readings(name)).as(name)
                    .anyMatch(e -> e.canonical().equals(name) && e.role() == GazetteerEntry.Role.NAME);
        }
    }

    @Test
    void rejectsMalformedLinesNamingTheLine() {
        assertThatThrownBy(() -> Gazetteer.parse(List.of("# header", "country;Atlantis;;;;")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Gazetteer.parse(List.of("planet;Mars;;;;;")))
                .hasMessageContaining("unknown kind 'planet'");
    }

    @Test
    void parsesItsOwnFormat() {
        Gazetteer g = Gazetteer.parse(List.of("country;Freedonia;Fredonia;Fredville;Freedonian;Palace;Port Fred"));
        assertThat(g.countryOf("Freedonians")).contains("Freedonia");
        assertThat(g.typeOf("the Palace")).contains(EntityType.ORGANIZATION);
        assertThat(g.typeOf("Port Fred")).contains(EntityType.CITY);
    }
}
