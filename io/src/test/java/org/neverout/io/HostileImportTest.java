package org.neverout.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Problem;

/** Hostile and broken files: refused quickly with a located message, nothing of the system leaking. */
class HostileImportTest {

    static Path resource(String name) throws Exception {
        return Path.of(HostileImportTest.class.getResource("/hostile/" + name).toURI());
    }

    /** Imports and returns the refusal (the work is bounded by the importer's limits, not by a clock here). */
    static InvalidModelException refused(Importer importer, Path file, ImportOptions options) {
        return assertThrows(InvalidModelException.class, () -> importer.importFile(file, options));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "billion-laughs.graphml, graphml, 2, DTD",
            "external-entity.graphml, graphml, 2, DTD",
            "external-entity-sndlib.xml, sndlib-xml, 2, DTD",
            "external-parameter-entity.xml, sndlib-xml, 2, DTD",
            "truncated.graphml, graphml, 9, malformed XML",
            "garbage.bin, graphml, 1, not valid UTF-8",
            "garbage.bin, sndlib-xml, 1, not valid UTF-8",
            "not-xml.graphml, graphml, 1, malformed XML",
            "garbage.bin, sndlib, 1, not an SNDlib native file",
            "unbalanced.txt, sndlib, 10, expected ')'",
            "unclosed.txt, sndlib, 8, never closed",
    })
    void refusedWithALocatedMessage(String name, String format, int line, String what) throws Exception {
        Path file = resource(name);
        InvalidModelException e = refused(ImportFormat.fromToken(format).orElseThrow().importer(), file,
                ImportOptions.DEFAULTS);
        Problem problem = e.problems().get(0);
        assertThat(problem.location().file()).isEqualTo(file.toString());
        assertThat(problem.location().line()).isEqualTo(line);
        assertThat(problem.message()).contains(what);
        assertThat(e.getMessage()).doesNotContain("root:").doesNotContain("/bin/").doesNotContain("lollol");
    }

    @Test
    void externalEntityIsNeverReadEvenWhereParsingWentOn() throws Exception {
        for (String name : new String[] {"external-entity.graphml", "external-parameter-entity.xml"}) {
            Path file = resource(name);
            InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelFiles.load(file));
            assertThat(e.getMessage()).doesNotContain("root:x").doesNotContain("nologin");
        }
    }

    @Test
    void hugeAttributeIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge-attribute.graphml");
        String huge = "x".repeat(ImportOptions.DEFAULT_MAX_VALUE_CHARS + 10);
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<graph edgedefault=\"undirected\"><node id=\"" + huge + "\"/></graph></graphml>\n");
        InvalidModelException e = refused(new GraphMlImporter(), file, ImportOptions.DEFAULTS);
        assertThat(e.problems().get(0).location().line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("attribute 'id' longer than the limit").hasSizeLessThan(500);
    }

    @Test
    void hugeTextIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge-text.graphml");
        Files.writeString(file, "<graphml><key id=\"d0\" for=\"node\" attr.name=\"label\"/><graph><node id=\"a\">"
                + "<data key=\"d0\">" + "y".repeat(5000) + "</data></node></graph></graphml>");
        InvalidModelException e = refused(new GraphMlImporter(), file, ImportOptions.DEFAULTS.withMaxValueChars(1000));
        assertThat(e.getMessage()).contains("text longer than the limit of 1000");
    }

    @Test
    void hugeNativeTokenIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "?SNDlib native format; type: network; version: 1.0\nNODES (\n  " + "n".repeat(2000) + " )\n");
        InvalidModelException e = refused(new SndlibNativeImporter(), file, ImportOptions.DEFAULTS.withMaxValueChars(100));
        assertThat(e.getMessage()).contains(":3:3: token longer than the limit of 100");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.graphml");
        Files.write(file, new byte[4096]);
        InvalidModelException e = refused(new GraphMlImporter(), file, ImportOptions.DEFAULTS.withMaxBytes(1024));
        assertThat(e.getMessage()).contains("larger than the limit of 1024 bytes");
        e = assertThrows(InvalidModelException.class,
                () -> new GraphMlImporter().importBytes(new byte[4096], "mem.graphml", ImportOptions.DEFAULTS.withMaxBytes(10)));
        assertThat(e.getMessage()).contains("mem.graphml");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<graphml>" + "<x>".repeat(XmlCursor.MAX_DEPTH + 5) + "</x>".repeat(XmlCursor.MAX_DEPTH + 5) + "</graphml>";
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new GraphMlImporter().importBytes(xml.getBytes(StandardCharsets.UTF_8), "deep.graphml", ImportOptions.DEFAULTS));
        assertThat(e.getMessage()).contains("nested deeper than");
    }

    @Test
    void missingFileAndDirectoryAreClearErrors(@TempDir Path dir) {
        InvalidModelException e = assertThrows(InvalidModelException.class,
                () -> new GraphMlImporter().importFile(dir.resolve("nope.graphml"), ImportOptions.DEFAULTS));
        assertThat(e.getMessage()).endsWith("nope.graphml: file not found");
        e = assertThrows(InvalidModelException.class, () -> ModelFiles.load(dir));
        assertThat(e.getMessage()).contains("is a directory");
    }
}
