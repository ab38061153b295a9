package org.neverout.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.neverout.engine.BasicEvent;
import org.neverout.engine.CompiledModel;
import org.neverout.io.ModelWriter;
import org.neverout.model.InvalidModelException;
import org.neverout.model.Model;
import org.neverout.model.ModelLoader;
import org.neverout.model.tree.Format;

/**
 * How a model reaches the executors: the driver reads the model file (with includes, imports and
 * defaults resolved) and ships its canonical text ({@code neverout export --format yaml}) in a Spark
 * broadcast, once per executor; each executor reads that text again. So executors need no access to the
 * model file, and the driver's and executors' event numbering must agree: the shipment carries a
 * fingerprint of the driver's compiled events and services, and an executor whose reading differs refuses
 * to work ({@link ExecutorProblem}).
 *
 * <p>The model read is cached per executor (the broadcast value is deserialised once per executor JVM).
 */
public final class ModelShipment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String text;
    private final String fingerprint;
    private transient volatile Model read;

    private ModelShipment(String name, String text, String fingerprint) {
        this.name = name;
        this.text = text;
        this.fingerprint = fingerprint;
    }

    /** The shipment of a model as the driver read and compiled it. O(model size). */
    public static ModelShipment of(Model model, CompiledModel compiled) {
        return new ModelShipment(model.name(), ModelWriter.toYaml(model), fingerprint(compiled));
    }

    /** The canonical text shipped. */
    public String text() {
        return text;
    }

    /**
     * The model as this executor reads the shipped text, checked against the driver's event and service
     * numbering; read once per executor.
     *
     * @throws ExecutorProblem when the text cannot be read here or reads differently
     */
    public Model model() {
        Model m = read;
        if (m == null) {
            synchronized (this) {
                if (read == null) {
                    read = readHere(TaskHooks.shippedText(text));
                }
                m = read;
            }
        }
        return m;
    }

    private Model readHere(String shipped) {
        Model m;
        try {
            m = ModelLoader.parse(shipped, name + " (canonical text sent to the executors)", Format.YAML);
        } catch (InvalidModelException e) {
            throw new ExecutorProblem("an executor could not read model '" + name + "': " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ExecutorProblem("an executor could not read model '" + name + "': " + e);
        }
        String here = fingerprint(CompiledModel.compile(m));
        if (!here.equals(fingerprint)) {
            throw new ExecutorProblem("an executor read model '" + name + "' with other events or services than the"
                    + " driver (fingerprint " + here + ", driver " + fingerprint + ")");
        }
        return m;
    }

    /** SHA-256 over the compiled events (id, kind) and service ids, in their numbering. */
    static String fingerprint(CompiledModel compiled) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (BasicEvent e : compiled.events()) {
                sha.update((e.id() + '\u0000' + e.kind() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            for (String s : compiled.serviceIds()) {
                sha.update(("service " + s + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
