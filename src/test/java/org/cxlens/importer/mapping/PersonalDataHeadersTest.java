package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.importer.testing.Sheets.columns;
import static org.cxlens.importer.testing.Sheets.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ColumnRole;
import org.cxlens.importer.Preview;
import org.cxlens.importer.testing.Sheets;
import org.junit.jupiter.api.Test;

/**
 * Personal data in the headers survey exports give it, English and Dutch, each with values of its
 * kind: suggested as personal (so excluded from the import) by default; and the usual survey
 * headers next to them, including contact channels rated as touchpoints, not taken for personal data.
 */
class PersonalDataHeadersTest {

    private static final List<String> NAMES = List.of("Anna", "Bram", "Carla", "Daan");
    private static final List<String> SURNAMES = List.of("de Vries", "Jansen", "Bakker", "Visser");
    private static final List<String> INSERTIONS = List.of("van", "", "de", "van der");
    private static final List<String> POSTCODES = List.of("1011 AB", "3512 JK", "9711 LM", "5611 AZ");
    private static final List<String> ZIPS = List.of("02139", "10001", "94105", "60614");
    private static final List<String> ADDRESSES = List.of("Kerkstraat 12", "Dorpsweg 3a", "Main Street 45", "Oak Ave 7");
    private static final List<String> TOWNS = List.of("Utrecht", "Groningen", "Zwolle", "Delft");
    private static final List<String> BIRTH_DATES = List.of("1980-04-12", "1975-11-30", "1992-02-03", "1968-07-21");
    private static final List<String> PHONES = List.of("06-12345678", "+31 20 555 0101", "(555) 010-2233", "0612345679");
    private static final List<String> EMAILS = List.of("anna@example.nl", "bram@example.com", "c.bakker@example.org",
            "daan@example.net");

    /** Every header a consultant meets for a kind of personal data, with values of that kind. */
    private static final Map<List<String>, List<String>> PERSONAL = Map.ofEntries(
            Map.entry(List.of("First name", "first_name", "FirstName", "Given name", "Voornaam", "voornaam_respondent",
                    "Roepnaam", "Voorletters", "Initials"), NAMES),
            Map.entry(List.of("Last Name", "last_name", "Surname", "Family name", "Achternaam", "Achternaam klant"),
                    SURNAMES),
            Map.entry(List.of("Tussenvoegsel"), INSERTIONS),
            Map.entry(List.of("Name", "Full name", "Naam"), NAMES),
            Map.entry(List.of("Postcode", "Zip code", "ZIP", "Postal code", "Zip/Postal code", "postal_code"), POSTCODES),
            Map.entry(List.of("Zip"), ZIPS),
            Map.entry(List.of("Address", "Street address", "Address line 1", "Home address", "Adres", "Straat",
                    "Straatnaam", "Woonadres", "Huisadres"), ADDRESSES),
            Map.entry(List.of("Woonplaats"), TOWNS),
            Map.entry(List.of("Date of birth", "DOB", "Birthdate", "Birth date", "Birthday", "Geboortedatum",
                    "geboorte_datum", "Geb. datum"), BIRTH_DATES),
            Map.entry(List.of("Phone", "Phone number", "Telephone", "Mobile", "Mobile number", "Cell phone", "Tel",
                    "Telefoon", "Telefoonnummer", "Telefoonnr.", "Mobiel", "Mobiel nummer", "GSM", "Customer phone"),
                    PHONES),
            Map.entry(List.of("E-mail address", "Email", "E-mail", "Email Address", "E-mailadres", "Mailadres",
                    "Mail"), EMAILS));

    @Test
    void everyUsualHeaderOfPersonalDataIsSuggestedAsPersonal() {
        List<String> missed = new ArrayList<>();
        PERSONAL.forEach((headers, values) -> {
            for (String header : headers) {
                ColumnMapping m = suggested(header, values);
                if (m.role() != ColumnRole.PERSONAL) {
                    missed.add(header + " -> " + m.role());
                }
            }
        });

        assertThat(missed).as("headers not recognised as personal data").isEmpty();
    }

    @Test
    void personalDataIsRecognisedByItsHeaderOrByItsValues() {
        // A birth date is a date and a postcode a short code: the header decides, not the values.
        assertThat(suggested("Geboortedatum", BIRTH_DATES).role()).isEqualTo(ColumnRole.PERSONAL);
        assertThat(suggested("Huisnummer", List.of("1", "7", "3", "9")).role()).isEqualTo(ColumnRole.PERSONAL);
        assertThat(suggested("Contact", EMAILS).role()).as("e-mail addresses under any header").isEqualTo(ColumnRole.PERSONAL);
    }

    @Test
    void contactChannelsRatedAsTouchpointsAreNotPersonalData() {
        List<String> ratings = List.of("8", "9", "6", "10");
        for (String channel : List.of("Phone", "Telefoon", "E-mail", "Mail", "Mobile", "Contact by phone", "Mobiel")) {
            assertThat(suggested(channel, ratings).role()).as(channel).isEqualTo(ColumnRole.TOUCHPOINT_SCORE);
        }
    }

    @Test
    void usualSurveyHeadersAreNotTakenForPersonalData() {
        Map<String, List<String>> usual = Map.ofEntries(
                Map.entry("Overall satisfaction", List.of("8", "9", "6", "10")),
                Map.entry("Aanbevelen", List.of("8", "9", "6", "10")),
                Map.entry("Hoe tevreden bent u over de telefonische bereikbaarheid?", List.of("4", "5", "3", "4")),
                Map.entry("How satisfied were you with our phone support?", List.of("4", "5", "3", "4")),
                Map.entry("Telefonisch contact", List.of("7", "8", "6", "9")),
                Map.entry("Kanaal", List.of("Telefoon", "E-mail", "Telefoon", "E-mail")),
                Map.entry("Channel", List.of("Phone", "Email", "Phone", "Chat")),
                Map.entry("Afdeling", List.of("Verkoop", "Service", "Verkoop", "Service")),
                Map.entry("Leeftijd", List.of("18-34", "35-54", "55+", "35-54")),
                Map.entry("Regio", List.of("Noord", "Zuid", "Noord", "Zuid")),
                Map.entry("City", List.of("Utrecht", "Delft", "Utrecht", "Delft")),
                Map.entry("Toelichting", List.of("Snel geholpen, prima", "Lang gewacht aan de telefoon",
                        "Vriendelijke medewerker", "Niets op aan te merken")),
                Map.entry("Datum", List.of("2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04")));

        usual.forEach((header, values) ->
                assertThat(suggested(header, values).role()).as(header).isNotEqualTo(ColumnRole.PERSONAL));
    }

    /** The suggestion for one column in a small survey beside a respondent id and two touchpoints. */
    private static ColumnMapping suggested(String header, List<String> values) {
        List<String> lines = new ArrayList<>();
        String[] website = {"8", "7", "9", "6"};
        String[] delivery = {"9", "6", "7", "8"};
        for (int i = 0; i < values.size(); i++) {
            lines.add((i + 1) + "|" + values.get(i) + "|" + website[i] + "|" + delivery[i]);
        }
        Preview preview = Sheets.csv(columns("Respondent", header, "Website", "Delivery"),
                rows(2, lines.toArray(String[]::new)));
        return new MappingSuggester().suggest(preview).column(header);
    }
}
