package org.neverout.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser's string shortcut changes nothing: on seeded random documents of tricky scalars (plain,
 * quoted, tagged, typed or not), it yields exactly the tokens and values of Jackson's own YAML parser.
 */
class PlainAwareYamlFactoryTest {
    /** Scalars of every implicit type and near misses, including each typed first character. */
    private static final List<String> TRICKY = List.of("yes", "No", "ON", "off", "y", "n", "true", "False", "~",
            "null", "NULL", "nul", "0x1F", "0o17", "017", "0b101", "1_000", "+12", "-7", "-.5", ".5", ".inf", "-.Inf",
            ".NaN", "1e3", "1.5e-3", "6.02E+23", "1:20", "190:20:30.15", "2026-03-01", "2001-12-14t21:59:43.10-05:00",
            "<<", "=", "$x", "é", "ü-node", "abc", "n1", "N-1", "dhd-core-1", "12abc", "+", "-", ".", "0", "00", "_1",
            "Yes please", "o", "t", "f", "TRUE1", "1.0E10", "48.559341", "d-ADH10_ADH11", "\u00a0x", "x y");

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> 104729L * i + 3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tokensAndValuesAreJacksons(long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String scalar = random.nextInt(3) == 0 ? randomScalar(random) : TRICKY.get(random.nextInt(TRICKY.size()));
            String written;
            switch (random.nextInt(6)) {
                case 0:
                    written = "'" + scalar.replace("'", "''") + "'";
                    break;
                case 1:
                    written = "\"" + scalar + "\"";
                    break;
                case 2:
                    written = (random.nextBoolean() ? "!!str " : "! ") + "'" + scalar.replace("'", "''") + "'";
                    break;
                default:
                    written = scalar.isBlank() || scalar.contains(":") ? "'" + scalar + "'" : scalar;
            }
            yaml.append("k").append(i).append(": ").append(written).append('\n');
        }
        yaml.append("list: [a, 1, yes, \"no\", '', ~, 2.5, x1]\nempty:\n");
        String text = yaml.toString();
        assertThat(tokens(new PlainAwareYamlFactory(YAMLFactory.builder()
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)), text))
                .as(text)
                .isEqualTo(tokens(YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build(), text));
    }

    /** Each token with its value, or the error (Jackson refuses some YAML 1.1 numbers such as .inf). */
    private static List<String> tokens(YAMLFactory factory, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(new StringReader(text))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String value;
                try {
                    value = t.isNumeric() ? p.getNumberType() + " " + p.getNumberValue()
                            : t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
                            ? String.valueOf(p.getBooleanValue()) : p.getText();
                } catch (IOException e) {
                    value = "error " + e.getMessage();
                }
                out.add(t + " " + value);
            }
        } catch (IOException e) {
            out.add("error " + e.getMessage());
        }
        return out;
    }

    private static String randomScalar(Random random) {
        String alphabet = "yYnNtTfFoO~0123456789+-.<=_exXabAB$é";
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
