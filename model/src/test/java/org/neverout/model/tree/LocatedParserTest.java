package org.neverout.model.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Location;
import org.neverout.model.Problem;

class LocatedParserTest {

    static LocatedNode yaml(String text) {
        return LocatedParser.parse(text.getBytes(StandardCharsets.UTF_8), "f.yaml", Format.YAML);
    }

    static LocatedNode json(String text) {
        return LocatedParser.parse(text.getBytes(StandardCharsets.UTF_8), "f.json", Format.JSON);
    }

    static List<Problem> problems(Runnable r) {
        try {
            r.run();
        } catch (InvalidModelException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidModelException");
    }

    @Test
    void yamlMappingKeepsOrderAndLocations() {
        LocatedMapping root = (LocatedMapping) yaml("b: 1\na:\n  - x\n  - 'y'\n");
        assertThat(root.keys()).containsExactly("b", "a");
        assertThat(root.location()).isEqualTo(new Location("f.yaml", 1, 1));
        LocatedMapping.Entry a = root.entry("a").orElseThrow();
        assertThat(a.keyLocation()).isEqualTo(new Location("f.yaml", 2, 1));
        LocatedSequence seq = (LocatedSequence) a.value();
        assertThat(seq.items()).hasSize(2);
        LocatedScalar x = (LocatedScalar) seq.items().get(0);
        LocatedScalar y = (LocatedScalar) seq.items().get(1);
        assertThat(x.location()).isEqualTo(new Location("f.yaml", 3, 5));
        assertThat(x.quoted()).isFalse();
        assertThat(y.quoted()).isTrue();
        assertThat(y.text()).isEqualTo("y");
    }

    @Test
    void yamlScalarTypes() {
        LocatedMapping m = (LocatedMapping) yaml(
                "s: abc\ni: 42\nd: 1.50\nt: true\nn: ~\ne:\nq: \"42\"\ndate: 2026-03-01\nbig: 123456789012345678901234\n");
        assertThat(scalar(m, "s").type()).isEqualTo(LocatedScalar.Type.STRING);
        assertThat(scalar(m, "i").value()).isEqualTo(42L);
        assertThat(scalar(m, "d").value()).isEqualTo(1.5);
        assertThat(scalar(m, "d").text()).isEqualTo("1.50");
        assertThat(scalar(m, "t").value()).isEqualTo(true);
        assertThat(scalar(m, "n").isNull()).isTrue();
        assertThat(scalar(m, "e").isNull()).isTrue();
        assertThat(scalar(m, "q").type()).isEqualTo(LocatedScalar.Type.STRING);
        assertThat(scalar(m, "q").quoted()).isTrue();
        assertThat(scalar(m, "date").value()).isEqualTo("2026-03-01");
        assertThat(scalar(m, "big").value()).isInstanceOf(java.math.BigInteger.class);
    }

    @Test
    void jsonLocationsAndTypes() {
        LocatedMapping m = (LocatedMapping) json("{\n  \"a\": [1, \"x\", null],\n  \"b\": {\"c\": false}\n}");
        assertThat(m.entry("a").orElseThrow().keyLocation()).isEqualTo(new Location("f.json", 2, 3));
        LocatedSequence a = (LocatedSequence) m.get("a");
        assertThat(a.location()).isEqualTo(new Location("f.json", 2, 8));
        assertThat(((LocatedScalar) a.items().get(1)).quoted()).isTrue();
        assertThat(((LocatedScalar) a.items().get(0)).quoted()).isFalse();
        assertThat(a.items().get(2).describe()).isEqualTo("null");
        assertThat(((LocatedMapping) m.get("b")).get("c").describe()).isEqualTo("the boolean false");
    }

    @Test
    void yamlAliasesShareTheAnchoredNode() {
        LocatedMapping m = (LocatedMapping) yaml("a: &x [1, 2]\nb: *x\n");
        assertThat(m.get("b")).isSameAs(m.get("a"));
    }

    @Test
    void duplicateKeysAreReportedWithBothLocationsInBothFormats() {
        assertThat(problems(() -> yaml("a: 1\nb: 2\na: 3\n"))).extracting(Problem::toString)
                .containsExactly("f.yaml:3:1: duplicate key 'a' (first at line 1, column 1)");
        assertThat(problems(() -> json("{\"a\": 1,\n \"a\": 2}"))).extracting(Problem::toString)
                .containsExactly("f.json:2:2: duplicate key 'a' (first at line 1, column 2)");
    }

    @Test
    void syntaxErrorsAreLocated() {
        List<Problem> y = problems(() -> yaml("a: [1, 2\nb: 3\n"));
        assertThat(y).hasSize(1);
        assertThat(y.get(0).message()).startsWith("YAML syntax error: ").contains("line 1, column 4");
        assertThat(y.get(0).location().line()).isEqualTo(2);
        List<Problem> j = problems(() -> json("{\"a\": 1,,}"));
        assertThat(j.get(0).message()).startsWith("JSON syntax error: ");
        assertThat(j.get(0).location()).isEqualTo(new Location("f.json", 1, 9));
        List<Problem> truncated = problems(() -> json("{\"name\": \"x\", \"nodes\": ["));
        assertThat(truncated.get(0).message()).startsWith("JSON syntax error: ")
                .contains("start marker at line 1, column 24").doesNotContain("Source", "REDACTED");
        List<Problem> tab = problems(() -> yaml("a:\n\t- b\n"));
        assertThat(tab.get(0).toString()).startsWith("f.yaml:2:1: YAML syntax error: ");
    }

    @Test
    void oneDocumentPerFile() {
        assertThat(problems(() -> yaml("a: 1\n---\nb: 2\n"))).extracting(Problem::toString)
                .containsExactly("f.yaml:3:1: more than one YAML document in the file (a second one starts here)");
        assertThat(problems(() -> json("{} {}"))).extracting(Problem::message)
                .containsExactly("unexpected content after the JSON value");
    }

    @Test
    void emptyFileIsAnError() {
        assertThat(problems(() -> yaml("# only a comment\n"))).extracting(Problem::toString)
                .containsExactly("f.yaml:1:1: file is empty: no YAML document");
        assertThat(problems(() -> json(""))).extracting(Problem::message)
                .containsExactly("file is empty: no JSON document");
    }

    @Test
    void nonUtf8AndBinaryInputAreRefusedClearly() {
        byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(() -> LocatedParser.parse(latin1, "f.yaml", Format.YAML))).extracting(Problem::toString)
                .containsExactly("f.yaml:1:10: not UTF-8 text: invalid byte 0xE9 at offset 9 "
                        + "(binary file or another encoding?)");
        byte[] garbage = new byte[64];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xC3; // never valid followed by random bytes? make it certain:
        garbage[1] = (byte) 0x28;
        assertThat(problems(() -> LocatedParser.parse(garbage, "g.yaml", Format.YAML)).get(0).message())
                .startsWith("not UTF-8 text");
        byte[] nul = "a: 1\n\0\0\0".getBytes(StandardCharsets.UTF_8);
        assertThat(problems(() -> LocatedParser.parse(nul, "n.json", Format.JSON))).extracting(Problem::toString)
                .containsExactly("n.json:2:1: binary content: a NUL character is not allowed in a text file");
        byte[] utf16 = "a: 1".getBytes(StandardCharsets.UTF_16);
        assertThat(problems(() -> LocatedParser.parse(utf16, "u.yaml", Format.YAML)).get(0).message())
                .contains("UTF-16");
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() {
        byte[] bom = "\uFEFFa: 1\n".getBytes(StandardCharsets.UTF_8);
        LocatedMapping m = (LocatedMapping) LocatedParser.parse(bom, "b.yaml", Format.YAML);
        assertThat(m.keys()).containsExactly("a");
    }

    @Test
    void formatByExtension() {
        assertThat(Format.ofFileName("x.YAML")).contains(Format.YAML);
        assertThat(Format.ofFileName("x.yml")).contains(Format.YAML);
        assertThat(Format.ofFileName("x.json")).contains(Format.JSON);
        assertThat(Format.ofFileName("x.graphml")).isEmpty();
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> LocatedParser.parse(java.nio.file.Path.of("no/such.yaml"), Format.YAML))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("no/such.yaml: no such file");
    }

    private static LocatedScalar scalar(LocatedMapping m, String key) {
        return (LocatedScalar) m.get(key);
    }
}
