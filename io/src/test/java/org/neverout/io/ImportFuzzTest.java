package org.neverout.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.neverout.model.InvalidModelException;

/**
 * Coverage-guided fuzz tests (Jazzer) of the three parsers and the NetBox reader. The property: any bytes give a model or
 * an {@link InvalidModelException}; any other exception, or a hang (Jazzer's per-input timeout),
 * fails. Under plain {@code mvn test} each runs only its seed inputs (real files, hostile files and
 * crash reproducers in {@code src/test/resources/org/neverout/io/ImportFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1} fuzzes: see io/FUZZING.md.
 */
class ImportFuzzTest {
    /** Small limits keep each input fast; they are part of what is fuzzed (limit checks). */
    private static final ImportOptions OPTIONS = ImportOptions.DEFAULTS.withMaxBytes(1 << 20).withMaxValueChars(4096);

    @FuzzTest(maxDuration = "30s")
    void graphMl(byte[] input) {
        importOrRefuse(new GraphMlImporter(), input, "fuzz.graphml");
    }

    @FuzzTest(maxDuration = "30s")
    void sndlibNative(byte[] input) {
        importOrRefuse(new SndlibNativeImporter(), input, "fuzz.txt");
    }

    @FuzzTest(maxDuration = "30s")
    void sndlibXml(byte[] input) {
        importOrRefuse(new SndlibXmlImporter(), input, "fuzz.xml");
    }

    /**
     * The NetBox JSON reader and mapping: the first byte picks the endpoint, the rest is its saved list
     * response; the other seven endpoints are the bundled example export's.
     */
    @FuzzTest(maxDuration = "30s")
    void netbox(byte[] input) {
        if (input.length == 0) {
            return;
        }
        NetboxEndpoint endpoint = NetboxEndpoint.values()[(input[0] & 0xff) % NetboxEndpoint.values().length];
        byte[] page = java.util.Arrays.copyOfRange(input, 1, input.length);
        try {
            java.util.Map<NetboxEndpoint, java.util.List<NetboxObject>> objects = new java.util.EnumMap<>(NETBOX_EXAMPLE);
            objects.put(endpoint, NetboxPage.parse(page, "fuzz.json", endpoint, OPTIONS).results());
            ImportResult result = NetboxImporter.importExport(new NetboxExport(objects, "fuzz", null), OPTIONS);
            if (result.model() == null) {
                throw new AssertionError("an import returned no model");
            }
        } catch (InvalidModelException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a refusal without a problem", expected);
            }
        }
    }

    /** The example export's objects, read once. */
    private static final java.util.Map<NetboxEndpoint, java.util.List<NetboxObject>> NETBOX_EXAMPLE =
            NetboxExport.readDirectory(java.nio.file.Path.of("../examples/netbox"), ImportOptions.DEFAULTS).objects();

    /** Imports the input or sees it refused with a located problem; true when it imported. */
    static boolean importOrRefuse(Importer importer, byte[] input, String name) {
        try {
            ImportResult result = importer.importBytes(input, name, OPTIONS);
            if (result.model() == null) {
                throw new AssertionError("an import returned no model");
            }
            return true;
        } catch (InvalidModelException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a refusal without a problem", expected);
            }
            return false;
        }
    }
}
