package org.neverout.quant;

import java.util.List;

/**
 * Importance of one basic event for a service (or for the user-weighted vital services together).
 *
 * @param birnbaum       P(down | event down) - P(down | event up)
 * @param fussellVesely  fractional reduction (P(down) - P(down | event up)) / P(down): the share of the
 *                       unavailability that needs the event (equal to the cut-set form
 *                       sum over cut sets with the event / sum over all under the rare-event approximation)
 * @param raw            risk achievement worth P(down | event down) / P(down); null when P(down) is 0
 * @param rrw            risk reduction worth P(down) / P(down | event up); null when infinite (the event is
 *                       in every way the service can go down)
 * @param threatens      for aggregated measures: the services it contributes to, largest contribution first;
 *                       empty for per-service measures
 */
public record ImportanceMeasure(String event, double birnbaum, double fussellVesely, Double raw, Double rrw,
                                List<String> threatens) {
    public ImportanceMeasure {
        threatens = List.copyOf(threatens);
    }
}
