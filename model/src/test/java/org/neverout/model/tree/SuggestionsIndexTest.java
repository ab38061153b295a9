package org.neverout.model.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Suggestions.Index} against {@link Suggestions#closest}, its definition, on seeded random ids. */
class SuggestionsIndexTest {
    /** A small alphabet with case and separators, so that near misses and normalised matches are common. */
    private static final String ALPHABET = "abAB-_1";

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 7919L * i + 1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void answersExactlyAsClosest(long seed) {
        Random random = new Random(seed);
        List<String> candidates = new ArrayList<>();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            candidates.add(random.nextInt(40) == 0 ? randomId(random, 63 + random.nextInt(4)) // around the 64 cap
                    : randomId(random, random.nextInt(12)));
        }
        Suggestions.Index index = new Suggestions.Index(candidates);
        for (int q = 0; q < 200; q++) {
            String wrong = n > 0 && random.nextBoolean()
                    ? mutate(random, candidates.get(random.nextInt(n)))
                    : randomId(random, random.nextInt(random.nextInt(20) == 0 ? 70 : 12));
            assertThat(index.closest(wrong)).as("closest to '%s' in %s", wrong, candidates)
                    .isEqualTo(Suggestions.closest(wrong, candidates));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void boundedDistanceIsTheDistanceUpToTheLimit(long seed) {
        Random random = new Random(seed);
        Suggestions.Index index = new Suggestions.Index(List.of());
        for (int q = 0; q < 300; q++) {
            String a = randomId(random, random.nextInt(14));
            String b = random.nextBoolean() ? mutate(random, a) : randomId(random, random.nextInt(14));
            int limit = random.nextInt(5);
            int exact = Suggestions.distance(a, b);
            int bounded = index.boundedDistance(a.toCharArray(), b.toCharArray(), limit);
            if (exact <= limit) {
                assertThat(bounded).as("'%s' to '%s'", a, b).isEqualTo(exact);
            } else {
                assertThat(bounded).as("'%s' to '%s'", a, b).isGreaterThan(limit);
            }
        }
    }

    @Test
    void tiesGoToTheFirstCandidateWhateverItsLength() {
        // 'abcd' -> 'abc' (delete) and 'abcde' (insert) are both at distance 1: the first listed wins
        assertThat(new Suggestions.Index(List.of("abcde", "abc")).closest("abcd")).contains("abcde");
        assertThat(new Suggestions.Index(List.of("abc", "abcde")).closest("abcd")).contains("abc");
        // a normalised match beats any edit, and the wrong id is never its own suggestion
        assertThat(new Suggestions.Index(List.of("abce", "AB_CD", "abcd")).closest("abcd")).contains("AB_CD");
        assertThat(new Suggestions.Index(List.of("abcd")).closest("abcd")).isEmpty();
    }

    @Test
    void countsItsWork() {
        Suggestions.Index index = new Suggestions.Index(List.of("node-1", "node-2", "x"));
        index.closest("node-3");
        assertThat(index.work()).isPositive();
        long work = index.work();
        index.closest("nz"); // budget 0: only a normalised match, no distance computed
        assertThat(index.work()).isEqualTo(work);
    }

    private static String randomId(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** One to three random edits: substitution, insertion, deletion, transposition or case change. */
    private static String mutate(Random random, String id) {
        StringBuilder s = new StringBuilder(id);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int op = random.nextInt(5);
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            if (op == 0 && s.length() > 0) {
                s.setCharAt(at, c);
            } else if (op == 1) {
                s.insert(at, c);
            } else if (op == 2 && s.length() > 0) {
                s.deleteCharAt(at);
            } else if (op == 3 && s.length() > 1 && at + 1 < s.length()) {
                char x = s.charAt(at);
                s.setCharAt(at, s.charAt(at + 1));
                s.setCharAt(at + 1, x);
            } else if (s.length() > 0) {
                s.setCharAt(at, Character.isUpperCase(s.charAt(at))
                        ? Character.toLowerCase(s.charAt(at)) : Character.toUpperCase(s.charAt(at)));
            }
        }
        return s.toString();
    }
}
