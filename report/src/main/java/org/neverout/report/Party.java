package org.neverout.report;

/**
 * Who operates or owns some of the elements a root cause takes down: defence itself or a supplier, with
 * how many of those nodes and links are theirs.
 *
 * @param id     {@code defence}, a supplier id, or null when the model does not say
 * @param name   the supplier's name from the model, "Defence", or null
 * @param nodes  how many of the nodes concerned
 * @param links  how many of the links concerned
 */
public record Party(String id, String name, int nodes, int links) {
    /** "Telco NL (telco-nl): 3 nodes, 1 link", "Defence: 2 links", "not stated: 1 node". */
    public String describe() {
        String who = id == null ? "not stated" : name == null || name.equals(id) ? id
                : org.neverout.model.Model.DEFENCE.equals(id) ? name : name + " (" + id + ")";
        StringBuilder out = new StringBuilder(who).append(": ");
        if (nodes > 0) {
            out.append(nodes).append(nodes == 1 ? " node" : " nodes");
        }
        if (links > 0) {
            out.append(nodes > 0 ? ", " : "").append(links).append(links == 1 ? " link" : " links");
        }
        return out.toString();
    }
}
