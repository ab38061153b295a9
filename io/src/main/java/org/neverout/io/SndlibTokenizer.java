package org.neverout.io;

import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;

/**
 * Splits SNDlib native text into tokens: {@code (}, {@code )} and words (runs of anything else but
 * white space), skipping {@code #} comments to the end of the line; tracks 1-based line and column.
 * O(text length).
 */
final class SndlibTokenizer {
    /** A token and where it starts. */
    record Token(String text, int line, int column, int offset) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    private final String text;
    private final String fileName;
    private final int maxTokenChars;
    private int pos;
    private int line = 1;
    private int lineStart;
    private Token peeked;

    SndlibTokenizer(String text, String fileName, int maxTokenChars) {
        this.text = text;
        this.fileName = fileName;
        this.maxTokenChars = maxTokenChars;
    }

    /** The next token without consuming it, or null at the end. */
    Token peek() {
        if (peeked == null) {
            peeked = read();
        }
        return peeked;
    }

    /** The next token, or null at the end. */
    Token next() {
        Token t = peek();
        peeked = null;
        return t;
    }

    /** The next token; an error naming {@code what} was expected when the text ends. */
    Token require(String what) {
        Token t = next();
        if (t == null) {
            throw new InvalidModelException(here(), "unexpected end of file: expected " + what);
        }
        return t;
    }

    /** Consumes {@code expected} or fails naming what was found. */
    Token expect(String expected, String context) {
        Token t = require("'" + expected + "' " + context);
        if (!t.is(expected)) {
            throw error(t, "expected '" + expected + "' " + context + ", found '" + GraphMlImporter.shorten(t.text()) + "'");
        }
        return t;
    }

    /** A word (not a parenthesis). */
    Token word(String what) {
        Token t = require(what);
        if (t.is("(") || t.is(")")) {
            throw error(t, "expected " + what + ", found '" + t.text() + "'");
        }
        return t;
    }

    /** A word that is a finite decimal number. */
    double number(String what) {
        Token t = word(what);
        Double value = Numbers.parse(t.text());
        if (value == null) {
            throw error(t, "expected " + what + " (a number), found '" + GraphMlImporter.shorten(t.text()) + "'");
        }
        return value;
    }

    /** The rest of the current line after the peeked token (which it includes), consumed whole; for META entries. */
    String restOfLine() {
        Token first = next();
        int start = first.offset();
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        String rest = text.substring(start, end);
        pos = end;
        return rest.strip();
    }

    Location location(Token t) {
        return new Location(fileName, t.line(), t.column());
    }

    InvalidModelException error(Token t, String message) {
        return new InvalidModelException(location(t), message);
    }

    Location here() {
        return new Location(fileName, line, pos - lineStart + 1);
    }

    private Token read() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (pos >= text.length()) {
            return null;
        }
        int column = pos - lineStart + 1;
        char c = text.charAt(pos);
        if (c == '(' || c == ')') {
            pos++;
            return new Token(String.valueOf(c), line, column, pos - 1);
        }
        int start = pos;
        while (pos < text.length()) {
            char d = text.charAt(pos);
            if (d == '(' || d == ')' || d == '#' || Character.isWhitespace(d)) {
                break;
            }
            pos++;
        }
        if (pos - start > maxTokenChars) {
            throw new InvalidModelException(new Location(fileName, line, column),
                    "token longer than the limit of " + maxTokenChars + " characters");
        }
        return new Token(text.substring(start, pos), line, column, start);
    }
}
