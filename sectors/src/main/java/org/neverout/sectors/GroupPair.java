package org.neverout.sectors;

/**
 * One cell of a {@link GroupMatrix}: two different groups and the causes of size &lt;= K that reach both.
 *
 * @param a       the first group (a &lt; b by id)
 * @param b       the second group
 * @param causes  how many shared causes reach both
 * @param worst   the first of them in the contract's order (most groups, then smallest, then by cut set)
 */
public record GroupPair(String a, String b, int causes, SharedCause worst) {
}
