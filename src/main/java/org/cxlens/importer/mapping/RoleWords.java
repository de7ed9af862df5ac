package org.cxlens.importer.mapping;

import java.util.Set;

/**
 * Header words (English and Dutch) that point to a role, or rule one out. Stems match inside
 * compound words ("klanttevredenheid"); words match whole words only.
 */
final class RoleWords {

    static final Set<String> METADATA = Set.of("status", "progress", "durationinseconds", "duration",
            "finished", "distributionchannel", "userlanguage", "collectorid", "responseset", "externalreference",
            "externaldatareference", "lastmodifiedtime", "totalpoints", "quizfeedback", "score");
    static final Set<String> PERSONAL_NAMES = Set.of("email", "emailaddress", "emailadres", "recipientemail",
            "mail", "mailadres", "emailadress", "name", "fullname", "firstname", "lastname", "middlename",
            "recipientfirstname", "recipientlastname", "naam", "voornaam", "achternaam", "tussenvoegsel",
            "voorvoegsel", "voorletters", "initialen", "initials", "roepnaam", "volledigenaam", "yourname", "uwnaam",
            "surname", "familyname", "givenname", "phone", "phonenumber", "telephone", "telefoon", "telefoonnummer",
            "telefoonnr", "tel", "telnr", "mobile", "mobilenumber", "mobilephone", "cellphone", "cell", "mobiel",
            "mobielnummer", "gsm", "gsmnummer", "ip", "ipaddress", "ipadres", "locationlatitude",
            "locationlongitude", "latitude", "longitude", "address", "adres", "straat", "straatnaam", "street",
            "streetaddress", "homeaddress", "addressline1", "addressline2", "address1", "address2", "adresregel1",
            "adresregel2", "huisadres", "woonadres", "postadres", "postcode", "postalcode", "zip", "zipcode",
            "zippostalcode", "birthdate", "dateofbirth", "dob", "birthday", "geboortedatum", "gebdatum",
            "geboortedag", "huisnummer", "huisnummertoevoeging", "woonplaats");
    /** Inside a short header ("Voornaam respondent", "Customer phone", "Geboortedatum klant"). */
    static final String[] PERSONAL_STEMS = {"email", "telefoon", "phone", "ipaddress", "latitude", "longitude",
            "geboortedatum", "birthdate", "dateofbirth", "postcode", "zipcode", "voornaam", "achternaam",
            "tussenvoegsel", "firstname", "lastname", "surname", "straatnaam", "streetaddress", "huisadres",
            "woonadres"};
    /**
     * Contact channels that are also touchpoints ("Phone", "E-mail", "Telefoon" rated 1-10): such a
     * column holding ratings is a touchpoint, not personal data.
     */
    static final String[] CHANNEL_STEMS = {"phone", "telefoon", "mail", "mobile", "mobiel", "gsm", "cell", "tel"};
    static final Set<String> ID_NAMES = Set.of("id", "respondentid", "responseid", "respondent",
            "respondentnummer", "respondentnr", "respondentno", "respondentnumber", "responsenumber", "recordid",
            "responsid", "uniqueid", "respnr", "respid", "combinedid", "caseid", "case", "idreponse", "idrespondent",
            "serial", "serialno", "uuid");
    static final Set<String> RECORDED_DATE_NAMES = Set.of("recordeddate", "completiontime", "timestamp",
            "tijdstempel");
    static final Set<String> LATE_DATE_NAMES = Set.of("startdate", "starttime", "begindatum", "starttijd");
    static final Set<String> DATE_NAMES = Set.of("date", "datum", "enddate", "recordeddate", "timestamp",
            "tijdstempel", "completiontime", "submitdate", "submittedat", "datetime", "invuldatum", "responsedate",
            "einddatum", "eindtijd", "time");
    static final String[] WAVE_WORDS = {"meting", "wave", "golf", "ronde", "round", "peiling", "meetmoment",
            "periode", "period", "kwartaal", "quarter", "editie", "year", "jaar", "surveyyear"};
    static final String[] WEIGHT_WORDS = {"weight", "gewicht", "weegfactor", "weging", "weighting", "wgt", "wt"};
    /** A weight column named after what it weighs is body weight, not a survey weight. */
    static final String[] BODY_WEIGHT_WORDS = {"kg", "kilo", "kilos", "lbs", "lb", "pounds", "body", "lichaamsgewicht"};
    static final String[] DEPARTMENT_STEMS = {"afdeling", "department"};
    static final String[] TOUCHPOINT_STEMS = {"contactmoment", "touchpoint", "contactpunt", "klantmoment"};
    static final String[] EXPECTATION_STEMS = {"verwacht", "expect"};
    /** "Compared with what you expected": the expectation-met judgement, not how high expectations were. */
    static final String[] PRIOR_EXPECTATION_WORDS = {"before", "vooraf", "prior", "voordat", "beforehand", "difficult"};
    /**
     * Construct codes of the European Customer Satisfaction Index (ECSI) and the PLS-SEM models built
     * on it, common in published CX data: CUEX (expectations before becoming a customer) is a prior
     * level, not whether expectations were met. CUSA (satisfaction) and CUSL (loyalty) are in the
     * satisfaction stems and loyalty words.
     */
    static final String[] PRIOR_EXPECTATION_CODES = {"cuex"};
    static final String[] RECOMMEND_STEMS = {"aanbevel", "aanbeveel", "recommend", "aanraden", "nps"};
    static final String[] LIKELIHOOD_STEMS = {"waarschijnlijk", "likely", "likelihood"};
    static final String[] SATISFACTION_STEMS = {"tevreden", "satisf", "rapportcijfer", "cijfer", "beoordel",
            "waardering", "grade", "rating", "csat", "cusa", "schulnote"};
    static final String[] SATISFACTION_WORDS = {"rate", "score", "overall", "oordeel", "evaluate", "evaluation",
            "eval", "rating"};
    static final String[] GRADE_STEMS = {"rapportcijfer", "cijfer", "grade"};
    /** German school grades run 1 (sehr gut) to 6 (ungenügend): the scale 6–1. */
    static final String[] SCHOOL_GRADE_STEMS = {"schulnote"};
    static final Set<String> LONG_SCORE_NAMES = Set.of("score", "rating", "cijfer", "rapportcijfer",
            "waardering", "beoordeling", "grade");
    static final String[] COMMENT_STEMS = {"toelichting", "opmerking", "comment", "commentaar", "waarom",
            "textentry", "openendedresponse", "feedback", "suggestie", "suggestion", "remark", "verbeterpunt",
            "explain", "uitleg", "anythingelse"};
    /** Comment words that are also parts of other words ("reden" in "tevredenheid"): whole words only. */
    static final String[] COMMENT_WORDS = {"why", "reason", "reasons", "reden", "redenen", "toelichten"};
    /** An overall judgement, as a word or phrase. */
    static final String[] OVERALL_WORDS = {"overall", "algemeen", "algemene", "totaal", "total", "general",
            "globaal", "in het algemeen", "over het algemeen", "all in all", "alles bij elkaar", "in general",
            "totaaloordeel", "totaalcijfer", "eindcijfer", "eindoordeel"};
    /** An overall judgement inside a code or compound ("OverallSat", "sat_overall", "totaaloordeel"). */
    static final String[] OVERALL_STEMS = {"overall", "algemeen", "totaal", "ingeneral", "allinall", "eindcijfer",
            "eindoordeel"};
    /** A question that asks for a judgement, in the languages exports often come in (English, Dutch, French, German). */
    static final String[] EVALUATIVE_STEMS = {"rate", "rating", "satisf", "tevreden", "beoordeel", "oordeel", "evaluat",
            "judge", "jugez", "juger", "evaluez", "notez", "bewert", "beurteil", "zufrieden", "quality", "kwaliteit",
            "qualite", "howwas", "hoewas", "howgood"};
    /** Loyalty outcomes other than recommending: kept for breakdowns, never a touchpoint. */
    static final String[] LOYALTY_WORDS = {"repurchase", "rebuy", "renew", "renewal", "stay", "remain", "switch",
            "switching", "churn", "loyal", "loyalty", "return", "revisit", "again", "opnieuw", "terugkomen",
            "blijven", "overstappen", "verlengen", "trouw", "cusl", "choose"};
    /** Well-being and personal traits: rated, but not a judgement of the service. */
    static final String[] WELLBEING_WORDS = {"happy", "happiness", "proud", "life", "gelukkig", "trots", "leven",
            "personality", "mood", "stemming", "difficult", "difficulty", "moeilijk", "moeilijkheid"};
    /** A question about the respondent rather than the service: without a rating word it asks for a trait. */
    static final String[] SELF_PHRASES = {"are you", "you are", "yourself", "bent u", "ben je", "ben jij", "uzelf",
            "jezelf", "zijn jullie"};
    /** Quantities, not ratings: minutes, ages, counts, probabilities, money, body measures. */
    static final String[] QUANTITY_WORDS = {"minutes", "minute", "minuten", "seconds", "seconden", "hours", "uren",
            "uur", "days", "dagen", "weeks", "weken", "months", "maanden", "years", "jaren", "age", "leeftijd",
            "old", "oud", "born", "geboren", "count", "aantal", "number", "many", "hoeveel", "times", "keer",
            "probability", "kans", "percent", "percentage", "pct", "price", "prijs", "amount", "bedrag", "income",
            "inkomen", "salary", "salaris", "spend", "spent", "uitgegeven", "euro", "eur", "usd", "dollar", "dollars",
            "km", "miles", "distance", "afstand", "height", "lengte", "kg", "lbs", "attendance", "repeat", "visits",
            "bezoeken", "nb", "freq", "frequency", "difficulty"};
    /** Names of groupings whose values are codes, not ratings ("Region 1–4", "Provider 1–4"). */
    static final String[] CATEGORY_WORDS = {"run", "strata", "stratum", "method", "mode", "gate", "peak", "batch",
            "sample", "panel", "quota", "cell", "interviewer", "version", "route", "airline", "terminal", "flight",
            "dest", "origin", "provider", "type", "category", "categorie", "group", "groep", "region",
            "regio", "ward", "precinct", "district", "wijk", "class", "klas", "location", "locatie", "gender",
            "geslacht", "sex", "country", "land", "city", "stad", "language", "taal", "channel", "kanaal", "segment",
            "code", "servicetype", "serviceprovider", "course", "cursus", "product", "brand", "merk", "zone", "area",
            "gebied", "ethnicity", "education", "opleidingsniveau", "income", "status"};
    /** The unit that delivers the service and owns the experience: a department in CX Lens terms. */
    static final String[] UNIT_WORDS = {"department", "afdeling", "dept", "instr", "instructor", "teacher", "docent",
            "lecturer", "trainer", "clinic", "kliniek", "branch", "vestiging", "store", "winkel", "team", "unit"};

    private RoleWords() {
    }
}
