package org.storyline.analysis.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a window of text into {@link Token}s. Letters (with inner apostrophes and digits, so that
 * "G20" and "Aleppo's" stay one word) form words; digits with inner ',' or '.' form numbers; currency
 * signs, '%' and '°' are symbols; every other visible character is punctuation.
 */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            int c = text.codePointAt(i);
            int next;
            Token.Kind kind;
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
                continue;
            } else if (isDigit(c) || leadingPoint(text, i, start, end)) {
                next = numberEnd(text, i, end);
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                next = wordEnd(text, i, end);
                next = currencyPrefixEnd(text, i, next, start, end);
                kind = Token.Kind.WORD;
            } else {
                next = i + Character.charCount(c);
                kind = isSymbol(c) ? Token.Kind.SYMBOL : Token.Kind.PUNCT;
            }
            tokens.add(new Token(i, next, text.substring(i, next), kind));
            i = next;
        }
        return tokens;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** ".5", ".001 per cent": a decimal point that starts a number after a space or at the start. */
    private static boolean leadingPoint(String text, int i, int start, int end) {
        return text.charAt(i) == '.'
                && i + 1 < end
                && isDigit(text.charAt(i + 1))
                && (i == start || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(');
    }

    /**
     * A currency code glued to digits ends at the digits: "USD10m", "RM2.70", and after a dollar sign
     * "$US113", "$A82". "PS" (a pound sign lost in conversion) only before a grouped, decimal or scaled
     * number, so that "PS4" stays a name.
     */
    private static int currencyPrefixEnd(String text, int i, int wordEnd, int start, int end) {
        int j = i;
        while (j < wordEnd && Character.isUpperCase(text.charAt(j))) {
            j++;
        }
        if (j == i || j >= wordEnd || !isDigit(text.charAt(j))) {
            return wordEnd;
        }
        String letters = text.substring(i, j);
        boolean afterDollar = i > start && text.charAt(i - 1) == '$';
        if (afterDollar && AmountReader.DOLLAR_PREFIXES.containsKey(letters)) {
            return j;
        }
        if (!AmountReader.CODES.containsKey(letters)) {
            return wordEnd;
        }
        if (letters.equals("PS")) {
            int digitsEnd = numberEnd(text, j, end);
            String digits = text.substring(j, digitsEnd);
            boolean scaled = digitsEnd < end
                    && (text.startsWith("m", digitsEnd)
                            || text.startsWith("bn", digitsEnd)
                            || text.startsWith("k", digitsEnd));
            return digits.contains(",") || digits.contains(".") || scaled ? j : wordEnd;
        }
        return j;
    }

    private static boolean isSymbol(int c) {
        return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '%' || c == '°';
    }

    private static int numberEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.') && j + 1 < end && isDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static int wordEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            int c = text.codePointAt(j);
            boolean inner =
                    (c == '\'' || c == '’') && j + 1 < end && Character.isLetter(text.codePointAt(j + 1)) && j > i;
            if (Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || isDigit(c) && j > i
                    || inner) {
                j += Character.charCount(c);
            } else {
                break;
            }
        }
        return j;
    }
}
