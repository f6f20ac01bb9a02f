package org.storyline.analysis.story;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of countries, continents and world regions: places so broad that many unrelated stories share them
 * ("Syria", "United States", "Middle East"). A story is told apart by its specific places (a city, a
 * district, a river) and people, so grouping weighs broad places like ordinary words.
 *
 * <p>Names are compared as their lower-case words joined by one space, without dots ("U.S." = "us");
 * a leading "the" is ignored.
 */
final class BroadPlaces {

    private static final Set<String> NAMES = Set.of(
            // continents, regions and blocs
            "africa", "america", "americas", "antarctica", "arctic", "asia", "australasia", "balkans", "baltic",
            "caribbean", "caucasus", "central america", "central asia", "east africa", "east asia",
            "eastern europe", "eu", "europe", "european union", "gulf", "horn of africa", "latin america",
            "levant", "maghreb", "mediterranean", "middle east", "near east", "north africa", "north america",
            "oceania", "pacific", "persian gulf", "sahel", "scandinavia", "south america", "south asia",
            "southeast asia", "sub saharan africa", "west", "west africa", "western europe", "atlantic",
            // countries and their common short forms
            "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
            "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
            "belize", "benin", "bhutan", "bolivia", "bosnia", "bosnia and herzegovina", "botswana", "brazil",
            "britain", "great britain", "brunei", "bulgaria", "burkina faso", "burma", "burundi", "cambodia",
            "cameroon", "canada", "cape verde", "central african republic", "chad", "chile", "china", "colombia",
            "comoros", "congo", "democratic republic of congo", "democratic republic of the congo", "drc",
            "costa rica", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti",
            "dominica", "dominican republic", "ecuador", "egypt", "el salvador", "england", "equatorial guinea",
            "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
            "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guinea bissau", "guyana",
            "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel",
            "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kiribati", "kosovo",
            "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
            "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta",
            "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia", "montenegro", "morocco",
            "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "holland", "new zealand",
            "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "macedonia", "northern ireland",
            "norway", "oman", "pakistan", "palau", "palestine", "palestinian territories", "panama",
            "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania",
            "russia", "russian federation", "rwanda", "samoa", "san marino", "saudi arabia", "scotland",
            "senegal", "serbia", "seychelles", "sierra leone", "singapore", "slovakia", "slovenia",
            "solomon islands", "somalia", "south africa", "south korea", "korea", "south sudan", "spain",
            "sri lanka", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan", "tajikistan",
            "tanzania", "thailand", "timor leste", "east timor", "togo", "tonga", "trinidad and tobago",
            "tunisia", "turkey", "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "united arab emirates",
            "uae", "united kingdom", "uk", "united states", "united states of america", "us", "usa",
            "uruguay", "uzbekistan", "vanuatu", "vatican", "venezuela", "vietnam", "wales", "yemen", "zambia",
            "zimbabwe");

    private BroadPlaces() {}

    /** True when the name as written ("the U.S.", "Syria") is a country, continent or world region. */
    static boolean contains(String name) {
        List<String> words = Words.of(name.replace(".", ""));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words = words.subList(1, words.size());
        }
        return NAMES.contains(String.join(" ", words).toLowerCase(Locale.ROOT));
    }
}
