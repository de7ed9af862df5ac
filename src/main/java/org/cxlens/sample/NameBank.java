package org.cxlens.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Fake names; e-mail addresses are built from them at example.com, which can never be delivered. */
final class NameBank {

    private static final List<String> FIRST = List.of("Anna", "Bram", "Chloé", "Daan", "Emma", "Finn", "Grace",
            "Hugo", "Iris", "Jesse", "Julia", "Lars", "Lotte", "Milan", "Noor", "Oliver", "Priya", "Ruben", "Sara",
            "Sem", "Tess", "Thomas", "Zoë", "José", "Fatima", "Mohamed", "Sophie", "Lucas", "Eva", "Max");
    private static final List<String> LAST = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
            "Visser", "Smit", "Meijer", "Mulder", "Bos", "Smith", "Brown", "Wilson", "Taylor", "Clarke", "Walker",
            "Yılmaz", "El Amrani", "Peters", "Hendriks", "Dekker", "van Dijk", "Verhoeven", "Kok", "Brouwer");

    private NameBank() {
    }

    static Person person(SplittableRandom random) {
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        return new Person(first, last, mailbox(first) + "." + mailbox(last) + "@example.com");
    }

    /** Lower case ASCII without spaces: "Zoë" → "zoe", "van den Berg" → "vandenberg". */
    private static String mailbox(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ı", "i");
        return plain.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
