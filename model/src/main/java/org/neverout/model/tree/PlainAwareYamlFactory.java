package org.neverout.model.tree;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A {@link YAMLFactory} whose parsers also tell whether the current scalar was written plain or quoted,
 * which Jackson's YAML parser keeps to itself. Only {@link #createParser(Reader)} is used.
 */
final class PlainAwareYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    PlainAwareYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }

    /** The YAML parser, exposing the style of the scalar just read. */
    static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures,
               org.yaml.snakeyaml.LoaderOptions loaderOptions, com.fasterxml.jackson.core.ObjectCodec codec,
               Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
        }

        /** True when the current token is a scalar written with quotes (or as a block scalar). */
        boolean currentScalarQuoted() {
            return _lastEvent instanceof ScalarEvent && !((ScalarEvent) _lastEvent).isPlain();
        }

        /**
         * The anchor ({@code &name}) of the value just started, read from the event itself: Jackson's own
         * {@link #getCurrentAnchor()} misses anchors on scalars.
         */
        String currentValueAnchor() {
            return _lastEvent instanceof NodeEvent ? ((NodeEvent) _lastEvent).getAnchor() : null;
        }
    }
}
