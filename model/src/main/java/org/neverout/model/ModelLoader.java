package org.neverout.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.neverout.model.tree.Format;
import org.neverout.model.tree.LoaderLimits;
import org.neverout.model.tree.LocatedNode;
import org.neverout.model.tree.LocatedParser;
import org.neverout.model.tree.Problems;

/**
 * The strict loader of model files (MODEL.md, version 1): YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}) into a validated, immutable {@link Model}.
 *
 * <p>Every problem is collected and thrown together in one {@link InvalidModelException}, each as
 * {@code file:line:col: message}, in file order: syntax errors (which stop the parse), unknown fields
 * (with the allowed ones and a did-you-mean), missing required fields, wrong types, out-of-range values,
 * bad or duplicate ids, unresolved references, self-loop links and cycles. Hostile input (huge files,
 * alias bombs, deep nesting, huge scalars, binary garbage) is refused by {@link LocatedParser} under
 * {@link LoaderLimits}. Cost: linear in the file size (about 0.1 s per 1.5 MB once the JVM is warm; a
 * cold JVM spends most of a first load compiling the YAML parser), plus the did-you-mean search for
 * unresolved references, whose total work per file is bounded (see {@code ModelValidator}).
 *
 * <p>MODEL.md 1.1 "Authoring large models" is resolved on the located tree before binding: first
 * {@code include} ({@link ModelIncludes}), then {@code assign} and the attribute {@code defaults}
 * ({@link AssignRules}); the records and every analysis see only the resolved model.
 */
public final class ModelLoader {
    private ModelLoader() {
    }

    /** Loads a model file, choosing the format by extension, under the default limits. */
    public static Model load(Path file) {
        return load(file, LoaderLimits.DEFAULT);
    }

    /** Loads a model file under the given limits; the file is named in messages as given. */
    public static Model load(Path file, LoaderLimits limits) {
        String fileName = file.toString();
        Format format = Format.of(file).orElseThrow(() -> new InvalidModelException(new Location(fileName, 0, 0),
                "unsupported model file extension: expected .yaml, .yml or .json"));
        byte[] bytes = LocatedParser.readBytes(file, fileName, limits);
        return parse(bytes, fileName, format, limits);
    }

    /** Parses model text (as if read from {@code fileName}), for tests and importers. */
    public static Model parse(String text, String fileName, Format format) {
        return parse(text.getBytes(StandardCharsets.UTF_8), fileName, format, LoaderLimits.DEFAULT);
    }

    /** Parses model bytes (UTF-8) named {@code fileName} in messages and in {@link Model.Source}. */
    public static Model parse(byte[] bytes, String fileName, Format format, LoaderLimits limits) {
        Problems problems = new Problems();
        LocatedNode root = LocatedParser.parse(bytes, fileName, format, limits, problems);
        ModelIncludes.Result included = ModelIncludes.resolve(root, fileName, bytes, limits, problems);
        return bind(included.root(), fileName, included.sha256(), problems);
    }

    /** Binds and validates an already parsed tree (e.g. a converted import); {@code sha256} may be null. */
    public static Model bind(LocatedNode root, String fileName, String sha256) {
        return bind(root, fileName, sha256, new Problems());
    }

    private static Model bind(LocatedNode root, String fileName, String sha256, Problems problems) {
        ModelFacts facts = new ModelFacts();
        AssignRules.Result resolved = AssignRules.resolve(root, problems, facts);
        Model read = new ModelReader(problems, facts).read(resolved.root(), Model.Source.NONE);
        Map<String, Location> locations = new ModelValidator(problems, facts).validate(read);
        // event ids of declared software versions cannot clash with element ids (no id starts with 'software:')
        facts.softwareVersions.forEach(locations::putIfAbsent);
        problems.throwIfAny();
        Model.Source source = new Model.Source(fileName, sha256, locations, facts.implicitOperator, facts.warnings,
                resolved.resolvedBy());
        return read.withSource(source);
    }
}
