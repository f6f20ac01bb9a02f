package org.storyline.analysis.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the number at a token position: digits ("50,000", "2.5", ".5", "€2bn", "$5 million", "US $58.24",
 * "$US113 trillion", "USD10m", "RM2.70", "4 hundred"), negative numbers ("-5", "minus 30", "minus-1.4") or
 * words ({@link NumberWords}). Says nothing about whether the number is a quantity; see {@link
 * NonQuantities}.
 */
final class AmountReader {
    private static final Map<String, String> SYMBOLS =
            Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");
    /** Letters written before or after "$" to name a dollar ("A$", "HK$", "$US", "$A"). */
    static final Map<String, String> DOLLAR_PREFIXES =
            Map.of("US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "HK", "HKD", "NZ", "NZD", "S", "SGD");
    /**
     * Currency codes written right before the digits ("USD 5", "EUR50m"); "PS" is how the pound sign
     * often survives a lossy text conversion.
     */
    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("USD", "USD"),
            Map.entry("EUR", "EUR"),
            Map.entry("GBP", "GBP"),
            Map.entry("JPY", "JPY"),
            Map.entry("CHF", "CHF"),
            Map.entry("CNY", "CNY"),
            Map.entry("INR", "INR"),
            Map.entry("RUB", "RUB"),
            Map.entry("AUD", "AUD"),
            Map.entry("CAD", "CAD"),
            Map.entry("HKD", "HKD"),
            Map.entry("NZD", "NZD"),
            Map.entry("SGD", "SGD"),
            Map.entry("RM", "MYR"),
            Map.entry("PS", "GBP"));
    /** Tokens after which a glued minus is a sign, not a hyphen or a dash between numbers. */
    private static final Set<String> BEFORE_SIGN = Set.of(
            "(", "[", ",", ":", ";", "$", "=", "at", "to", "was", "of", "is", "were", "from", "by", "about", "and",
            "or", "minus");

    private AmountReader() {}

    static Optional<Amount> read(List<Token> tokens, int i) {
        int sign = 1;
        int n = i;
        if (isSign(tokens, n)) {
            sign = -1;
            n = tokens.get(n).is("minus") && tokens.get(n + 1).is("-") ? n + 2 : n + 1;
        }
        if (n >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(n);
        String currency = "";
        if (DOLLAR_PREFIXES.containsKey(t.text())
                && n + 1 < tokens.size()
                && tokens.get(n + 1).is("$")) {
            currency = DOLLAR_PREFIXES.get(t.text());
            n += 2;
        } else if (SYMBOLS.containsKey(t.text())) {
            currency = SYMBOLS.get(t.text());
            n++;
            if (t.is("$")
                    && n + 1 < tokens.size()
                    && DOLLAR_PREFIXES.containsKey(tokens.get(n).text())
                    && t.touches(tokens.get(n))
                    && tokens.get(n).touches(tokens.get(n + 1))
                    && tokens.get(n + 1).isNumber()) {
                currency = DOLLAR_PREFIXES.get(tokens.get(n).text()); // "$US113", "$A82"
                n++;
            }
            if (sign == 1
                    && n + 1 < tokens.size()
                    && tokens.get(n).is("-")
                    && tokens.get(n).touches(tokens.get(n + 1))
                    && tokens.get(n + 1).isNumber()) {
                sign = -1; // "$-50.8bn"
                n++;
            }
        } else if (CODES.containsKey(t.text())
                && n + 1 < tokens.size()
                && tokens.get(n + 1).isNumber()) {
            currency = CODES.get(t.text());
            n++;
        }
        if (n >= tokens.size()) {
            return Optional.empty();
        }
        Token number = tokens.get(n);
        if (number.isNumber()) {
            int s = sign;
            return digits(tokens, i, n, currency).map(a -> s < 0 ? a.withEnd(a.end(), -a.value()) : a);
        }
        if (!currency.isEmpty() || !number.isWord() || sign < 0) {
            return Optional.empty();
        }
        return NumberWords.read(tokens, n)
                .map(r -> new Amount(
                        r.first(),
                        r.end(),
                        r.value(),
                        r.vague(),
                        "",
                        true,
                        spelledScale(tokens.get(r.end() - 1).lower())));
    }

    /** "-5" after a space or an opening mark, "minus 30", "minus-1.4". */
    private static boolean isSign(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        if (t.is("minus")) {
            Token next = tokens.get(i + 1);
            return next.isNumber()
                    || next.is("-")
                            && i + 2 < tokens.size()
                            && tokens.get(i + 2).isNumber()
                            && next.touches(tokens.get(i + 2));
        }
        if (!(t.is("-") || t.text().equals("−"))
                || !t.touches(tokens.get(i + 1))
                || !tokens.get(i + 1).isNumber()) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return !prev.touches(t) && (prev.isNumber() || BEFORE_SIGN.contains(prev.lower()))
                || prev.touches(t) && (prev.is("(") || prev.is("["));
    }

    private static double spelledScale(String last) {
        if (last.equals("hundred")) {
            return 100;
        }
        return NumberWords.SCALES.getOrDefault(last, 1.0);
    }

    private static Optional<Amount> digits(List<Token> tokens, int first, int n, String currency) {
        Optional<Double> parsed = parse(tokens.get(n).text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double value = parsed.get();
        double scale = 1;
        int end = n + 1;
        if (end < tokens.size()
                && tokens.get(n).touches(tokens.get(end))
                && tokens.get(end).isWord()) {
            Double shortScale = NumberWords.SHORT_SCALES.get(tokens.get(end).lower());
            if (shortScale != null
                    && (!currency.isEmpty() || !tokens.get(end).is("m") || millionNotMetre(tokens, end))) {
                scale = shortScale;
                end++;
            }
        }
        if (scale == 1 && end + 1 < tokens.size() && tokens.get(end).is("hundred")) {
            scale = 100; // "4 hundred people", "4 hundred million"
            end++;
        }
        if (end < tokens.size() && tokens.get(end).isWord()) {
            Double word = NumberWords.SCALES.get(tokens.get(end).lower());
            if (word != null) {
                scale *= word;
                end++;
            }
        }
        return Optional.of(new Amount(first, end, value * scale, false, currency, false, scale));
    }

    /**
     * "5m" is five million after a currency sign; without one, "M" and an "m" followed by "of" or a plural
     * noun ("35m of its devices", "12.3m tonnes") are millions, any other "m" is metres ("a 37m skeleton").
     */
    private static boolean millionNotMetre(List<Token> tokens, int m) {
        if (tokens.get(m).text().equals("M")) {
            return true;
        }
        if (m + 1 >= tokens.size()
                || !tokens.get(m + 1).isWord()
                || tokens.get(m).touches(tokens.get(m + 1))) {
            return false;
        }
        String next = tokens.get(m + 1).lower();
        return next.equals("of")
                || next.length() > 3
                        && next.endsWith("s")
                        && !next.endsWith("ss")
                        && !next.equals("across")
                        && !next.equals("towards");
    }

    /** "50,000" → 50000, "2.5" → 2.5, ".5" → 0.5; empty for malformed groups like "1,2" or "1.2.3". */
    static Optional<Double> parse(String digits) {
        String plain = digits;
        if (digits.indexOf(',') >= 0) {
            if (!digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                return Optional.empty();
            }
            plain = digits.replace(",", "");
        }
        if (!plain.matches("\\d*(\\.\\d+)?") || plain.isEmpty()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
