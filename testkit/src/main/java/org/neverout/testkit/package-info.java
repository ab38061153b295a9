/**
 * Test support shared by NeverOut's modules, used with {@code <scope>test</scope>} only, never shipped:
 * <ul>
 *   <li>{@link org.neverout.testkit.BruteForceOracle}: MODEL.md's failure semantics read literally (service
 *       states after a set of failed basic events, minimal cut sets by enumerating subsets, supplier
 *       questions), sharing no code with the engine or any analysis it checks;</li>
 *   <li>{@link org.neverout.testkit.AvailabilityOracle}: exact service unavailability and conditional
 *       probabilities by enumerating every state of the failure-capable events;</li>
 *   <li>{@link org.neverout.testkit.NetboxExportWriter}: a model written as a NetBox 4.x export (the other
 *       side of the NetBox import's round trip), and {@link org.neverout.testkit.NetboxStandIn}, a NetBox
 *       REST stand-in on 127.0.0.1 serving an export in small pages;</li>
 *   <li>{@link org.neverout.testkit.GraphOracle}: components, bridges and articulation points by their
 *       definitions (union-find, removing each link or node in turn), for the engine's graph algorithms;</li>
 *   <li>{@link org.neverout.testkit.RandomModels}: seeded random models over real topologies;</li>
 *   <li>{@link org.neverout.testkit.TopologyZoo}: a safe reader of the bundled Topology Zoo graphs;</li>
 *   <li>{@link org.neverout.testkit.Models}: short record builders with MODEL.md's defaults.</li>
 * </ul>
 * This module depends on the model alone, so the oracles stay independent of what they check.
 */
package org.neverout.testkit;
