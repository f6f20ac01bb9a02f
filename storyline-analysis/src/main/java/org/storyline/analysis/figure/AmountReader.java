package org.storyline.analysis.figure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the number at a token position: digits ("50,000", "2.5", "€2bn", "$5 million", "US $58.24") or
 * words ({@link NumberWords}). Says nothing about whether the number is a quantity; see {@link
 * NonQuantities}.
 */
final class AmountReader {
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");
    /** Letters written before "$" to name a dollar ("A$", "HK$"). */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "HK", "HKD", "NZ", "NZD", "S", "SGD");
    private static final Map<String, String> CODES = Map.of(
            "USD", "USD", "EUR", "EUR", "GBP", "GBP", "JPY", "JPY", "CHF", "CHF", "CNY", "CNY", "INR", "INR",
            "RUB", "RUB");

    private AmountReader() {}

    static Optional<Amount> read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String currency = "";
        int n = i;
        if (DOLLAR_PREFIXES.containsKey(t.text()) && i + 1 < tokens.size() && tokens.get(i + 1).is("$")) {
            currency = DOLLAR_PREFIXES.get(t.text());
            n = i + 2;
        } else if (SYMBOLS.containsKey(t.text())) {
            currency = SYMBOLS.get(t.text());
            n = i + 1;
        } else if (CODES.containsKey(t.text()) && i + 1 < tokens.size() && tokens.get(i + 1).isNumber()) {
            currency = CODES.get(t.text());
            n = i + 1;
        }
        if (n >= tokens.size()) {
            return Optional.empty();
        }
        Token number = tokens.get(n);
        if (number.isNumber()) {
            return digits(tokens, i, n, currency);
        }
        if (!currency.isEmpty() || !number.isWord()) {
            return Optional.empty();
        }
        return NumberWords.read(tokens, n)
                .map(r -> new Amount(r.first(), r.end(), r.value(), r.vague(), "", true));
    }

    private static Optional<Amount> digits(List<Token> tokens, int first, int n, String currency) {
        Optional<Double> parsed = parse(tokens.get(n).text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double value = parsed.get();
        int end = n + 1;
        if (end < tokens.size() && tokens.get(n).touches(tokens.get(end)) && tokens.get(end).isWord()) {
            Double scale = NumberWords.SHORT_SCALES.get(tokens.get(end).lower());
            // "5m" is five million after a currency sign, but five metres otherwise
            boolean money = !currency.isEmpty() || !tokens.get(end).is("m");
            if (scale != null && money) {
                value *= scale;
                end++;
            }
        }
        if (end < tokens.size() && tokens.get(end).isWord()) {
            Double scale = NumberWords.SCALES.get(tokens.get(end).lower());
            if (scale != null) {
                value *= scale;
                end++;
            }
        }
        return Optional.of(new Amount(first, end, value, false, currency, false));
    }

    /** "50,000" → 50000, "2.5" → 2.5; empty for malformed groups like "1,2" or "1.2.3". */
    static Optional<Double> parse(String digits) {
        String plain = digits;
        if (digits.indexOf(',') >= 0) {
            if (!digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                return Optional.empty();
            }
            plain = digits.replace(",", "");
        }
        if (!plain.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }
}
