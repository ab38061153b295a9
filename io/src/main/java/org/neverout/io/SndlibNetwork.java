package org.neverout.io;

import java.util.List;
import org.neverout.model.Location;

/**
 * An SNDlib network instance as read from either of its formats (native text or XML), before it
 * becomes a model: the two readers fill this, {@link SndlibModelBuilder} turns it into a model, so
 * both formats give the same model for the same instance.
 *
 * @param coordinates  how node coordinates are to be read
 * @param unit         the META/meta {@code unit} (e.g. MBITPERSEC), or null
 */
record SndlibNetwork(List<SNode> nodes, List<SLink> links, List<SDemand> demands, Coordinates coordinates,
                     String unit) {

    /** How the file's node coordinates are meant. */
    enum Coordinates {
        /** x = longitude, y = latitude (the XML says {@code coordinatesType="geographical"}). */
        GEOGRAPHICAL,
        /** drawing coordinates ({@code coordinatesType="pixel"}). */
        PIXEL,
        /** not said (native files): geographical when every node is within longitude/latitude ranges. */
        UNDECLARED
    }

    /** A node; x and y are null when the file gives no coordinates. */
    record SNode(String id, Double x, Double y, Location location) {
    }

    /**
     * A (candidate) link.
     *
     * @param preInstalledCapacity  capacity already installed, or null
     * @param routingCost           cost per unit of flow (SNDlib's routing cost), or null
     * @param moduleCapacities      capacities of the modules that may be installed, in file order
     */
    record SLink(String id, String source, String target, Double preInstalledCapacity, Double routingCost,
                 List<Double> moduleCapacities, Location location) {
        SLink {
            moduleCapacities = List.copyOf(moduleCapacities);
        }
    }

    /** A directed traffic demand. */
    record SDemand(String id, String source, String target, double value, Location location) {
    }

    SndlibNetwork {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        demands = List.copyOf(demands);
    }
}
