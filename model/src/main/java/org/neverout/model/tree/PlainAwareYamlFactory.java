package org.neverout.model.tree;

import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A {@link YAMLFactory} whose parsers also tell whether the current scalar was written plain or quoted,
 * which Jackson's YAML parser keeps to itself, and skip the implicit-type regular expressions for
 * scalars that can only be strings. Only {@link #createParser(Reader)} is used.
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
        /**
         * First characters for which SnakeYAML's resolver (the one Jackson uses) has an implicit type:
         * booleans, numbers, null, merge keys, timestamps. Null when the shortcut below would not be
         * exact (a resolver that could match a non-empty scalar whatever its first character).
         */
        private static final BitSet TYPED_FIRST_CHARS = ResolverTable.typedFirstChars();

        /** Whether Jackson uses the default resolver that {@link #TYPED_FIRST_CHARS} describes. */
        private final boolean stringShortcut;

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures,
               org.yaml.snakeyaml.LoaderOptions loaderOptions, com.fasterxml.jackson.core.ObjectCodec codec,
               Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, loaderOptions, codec, reader);
            stringShortcut = TYPED_FIRST_CHARS != null && _yamlResolver.getClass() == Resolver.class;
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

        /**
         * Jackson resolves every untagged scalar with SnakeYAML's resolver, which runs the regular
         * expressions registered for its first character, a large share of the parse time of a model
         * full of ids. A quoted scalar, or a plain one whose first character has no regular expression,
         * resolves to a string whatever it holds: return that directly, exactly as the resolver would.
         */
        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String value = scalar.getValue();
            String tag = scalar.getTag();
            if (stringShortcut && (tag == null || "!".equals(tag)) && !value.isEmpty()
                    && (!scalar.getImplicit().canOmitTagInPlainScalar()
                    || !TYPED_FIRST_CHARS.get(value.charAt(0)))) {
                _textValue = value;
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            return super._decodeScalar(scalar);
        }
    }

    /**
     * A default {@link Resolver} that notes, as its constructor registers them, the first characters of
     * its implicit types. SnakeYAML also registers two resolvers tried for every scalar (first character
     * null or {@code '\0'}): {@link Resolver#EMPTY}, which matches only the empty scalar (never shortcut),
     * and {@link Resolver#NULL}, which matches only {@code ~}, {@code null}, {@code Null}, {@code NULL} and
     * a single space, whose first characters are added to the typed ones. Any other such resolver, or a
     * different null pattern, turns the shortcut off.
     */
    private static final class ResolverTable extends Resolver {
        private static final String NULL_PATTERN = "^(?:~|null|Null|NULL| )$";

        // no initialisers: these are set while Resolver's constructor runs, before any initialiser would
        private BitSet firstChars;
        private boolean unknownCatchAll;

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (firstChars == null) {
                firstChars = new BitSet(128);
            }
            if (first == null || first.indexOf('\0') >= 0) {
                if (regexp.pattern().equals(NULL_PATTERN)) {
                    "~nN ".chars().forEach(firstChars::set);
                } else if (regexp != Resolver.EMPTY) {
                    unknownCatchAll = true;
                }
            }
            if (first != null) {
                first.chars().filter(c -> c != 0).forEach(firstChars::set);
            }
            super.addImplicitResolver(tag, regexp, first, limit);
        }

        /** The first characters with an implicit type, or null when the shortcut would not be exact. */
        static BitSet typedFirstChars() {
            ResolverTable table = new ResolverTable();
            return table.firstChars == null || table.unknownCatchAll ? null : table.firstChars;
        }
    }
}
