package org.cxlens.sample;

/** The segment attributes of a synthetic respondent, with their English and Dutch labels. */
public final class Segments {

    private Segments() {
    }

    public enum Region {
        NORTH("North", "Noord", 53.2, 6.6), EAST("East", "Oost", 52.2, 6.4), SOUTH("South", "Zuid", 51.5, 5.5),
        WEST("West", "West", 52.1, 4.5);

        private final String english;
        private final String dutch;
        final double latitude;
        final double longitude;

        Region(String english, String dutch, double latitude, double longitude) {
            this.english = english;
            this.dutch = dutch;
            this.latitude = latitude;
            this.longitude = longitude;
        }

        public String label(Language language) {
            return language.pick(english, dutch);
        }
    }

    public enum Channel {
        WEB("Web", "Web"), PHONE("Phone", "Telefoon"), STORE("Store", "Winkel");

        private final String english;
        private final String dutch;

        Channel(String english, String dutch) {
            this.english = english;
            this.dutch = dutch;
        }

        public String label(Language language) {
            return language.pick(english, dutch);
        }
    }

    public enum CustomerType {
        PRIVATE("Private", "Particulier"), BUSINESS("Business", "Zakelijk");

        private final String english;
        private final String dutch;

        CustomerType(String english, String dutch) {
            this.english = english;
            this.dutch = dutch;
        }

        public String label(Language language) {
            return language.pick(english, dutch);
        }
    }
}
