package org.neverout.report;

/**
 * A basic event ranked by importance across the vital services ("crown jewels").
 *
 * @param event          the basic event id
 * @param birnbaum       Birnbaum importance
 * @param fussellVesely  Fussell-Vesely importance
 * @param raw            risk achievement worth
 */
public record CrownJewel(String event, double birnbaum, double fussellVesely, double raw) {
}
