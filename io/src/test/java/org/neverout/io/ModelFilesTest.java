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
import org.neverout.model.Model;

class ModelFilesTest {
    static Path seed(String dir, String name) throws Exception {
        return Path.of(ModelFilesTest.class.getResource("ImportFuzzTestInputs/" + dir + "/" + name).toURI());
    }

    @ParameterizedTest
    @CsvSource({"graphMl, Abilene.graphml, GRAPHML", "sndlibNative, tiny-network.txt, SNDLIB",
            "sndlibXml, tiny-network.xml, SNDLIB_XML"})
    void detectsByContent(String dir, String name, ImportFormat format, @TempDir Path tmp) throws Exception {
        assertThat(ImportFormat.detect(seed(dir, name))).contains(format);
        Path renamed = Files.copy(seed(dir, name), tmp.resolve("no-extension"));
        assertThat(ModelFiles.detect(renamed)).isEqualTo(format);
        assertThat(ModelFiles.load(renamed).nodes()).isNotEmpty();
    }

    @Test
    void nativeAndXmlSeedsGiveTheSameModel() throws Exception {
        Model nat = ModelFiles.load(seed("sndlibNative", "tiny-network.txt"));
        Model xml = ModelFiles.load(seed("sndlibXml", "tiny-network.xml"));
        assertThat(RoundTrip.sourceless(nat)).isEqualTo(RoundTrip.sourceless(xml));
        // MBITPERSEC converted to Gbit/s; the routing cost 2.5 rounded to the IGP cost 3
        assertThat(nat.links()).extracting(l -> l.id() + ":" + l.capacityGbps() + ":" + l.cost())
                .containsExactly("l-L1:0.1:3.0", "l-L2:0.04:null", "l-L3:null:null");
        assertThat(nat.services()).extracting(s -> s.id() + ":" + s.demand())
                .containsExactly("d-L1:" + 12.5 * 1e-3, "d-D2:" + 3.0 * 1e-3);
        assertThat(ModelFiles.read(seed("sndlibNative", "tiny-network.txt"), ImportOptions.DEFAULTS).unit())
                .isEqualTo("Gbit/s (converted from the file's MBITPERSEC)");
        assertThat(ModelFiles.read(seed("sndlibNative", "pixels.txt"), ImportOptions.DEFAULTS).unit())
                .startsWith("the file's own unit (not stated");
        Model pixels = ModelFiles.load(seed("sndlibNative", "pixels.txt"));
        assertThat(RoundTrip.sourceless(pixels)).isEqualTo(RoundTrip.sourceless(ModelFiles.load(seed("sndlibXml", "pixels.xml"))));
        assertThat(pixels.nodes().get(1).x()).isEqualTo(480.0);
        assertThat(pixels.nodes()).extracting(n -> n.id()).containsExactly("0", "1");
        RoundTrip.assertRoundTrips(pixels);
    }

    @Test
    void modelFilesGoToTheLoader(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("m.yaml");
        Model imported = ModelFiles.load(seed("graphMl", "Abilene.graphml"));
        Files.writeString(yaml, ModelWriter.toYaml(imported));
        Model loaded = ModelFiles.load(yaml);
        assertThat(RoundTrip.sourceless(loaded)).isEqualTo(RoundTrip.sourceless(imported));
        assertThat(loaded.source().file()).isEqualTo(yaml.toString());
        assertThat(ModelFiles.read(yaml, ImportOptions.DEFAULTS).warnings()).isEmpty();
    }

    @Test
    void unknownContentIsNamed(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("notes.txt");
        Files.writeString(file, "just some notes\n", StandardCharsets.UTF_8);
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelFiles.load(file));
        assertThat(e.getMessage()).startsWith(file + ":1:1: not a model file").contains("graphml, sndlib, sndlib-xml");
        assertThat(ImportFormat.fromToken("SNDLIB-xml")).contains(ImportFormat.SNDLIB_XML);
        assertThat(ImportFormat.fromToken("csv")).isEmpty();
    }
}
