package org.cstokit.analytics.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a grouping, keyed: one group per known key, in key order, plus at most one group
 * for the records whose key is unknown (a transfer with no order year, an exercise with no host).
 * Look a group up with {@link #get(Comparable)} instead of by position; iterate {@link #all()} for
 * a table (known keys in order, the unknown group last). Immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <G> the group type
 */
public final class Groups<K extends Comparable<? super K>, G> {
  private final ImmutableSortedMap<K, G> known;
  private final Optional<G> unknown;

  private Groups(ImmutableSortedMap<K, G> known, Optional<G> unknown) {
    this.known = known;
    this.unknown = unknown;
  }

  /**
   * Returns the groups of known keys, and the group of unknown keys if any.
   *
   * @param known the groups by key
   * @param unknown the group of the records whose key is unknown, or empty
   * @param <K> the key type
   * @param <G> the group type
   * @return the groups
   */
  public static <K extends Comparable<? super K>, G> Groups<K, G> of(Map<K, G> known, Optional<G> unknown) {
    return new Groups<>(ImmutableSortedMap.copyOf(Objects.requireNonNull(known, "known")),
        Objects.requireNonNull(unknown, "unknown"));
  }

  /**
   * Returns the group of a key.
   *
   * @param key the key
   * @return its group, or empty if no record has that key
   */
  public Optional<G> get(K key) {
    return Optional.ofNullable(known.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Returns the group of the records whose key is unknown.
   *
   * @return the group, or empty if every record has a key
   */
  public Optional<G> unknown() {
    return unknown;
  }

  /**
   * Returns the groups of known keys, sorted by key.
   *
   * @return the groups by key
   */
  public ImmutableSortedMap<K, G> known() {
    return known;
  }

  /**
   * Returns every group: the known keys in order, then the unknown group if any.
   *
   * @return the groups, as a table lists them
   */
  public ImmutableList<G> all() {
    ImmutableList.Builder<G> out = ImmutableList.builderWithExpectedSize(known.size() + 1);
    out.addAll(known.values());
    unknown.ifPresent(out::add);
    return out.build();
  }

  /**
   * Returns the number of groups, the unknown one included.
   *
   * @return the number of groups
   */
  public int size() {
    return known.size() + (unknown.isPresent() ? 1 : 0);
  }

  /**
   * Maps every group, keeping the keys.
   *
   * @param f the function
   * @param <H> the new group type
   * @return the mapped groups
   */
  public <H> Groups<K, H> map(Function<? super G, ? extends H> f) {
    ImmutableSortedMap.Builder<K, H> out = ImmutableSortedMap.naturalOrder();
    known.forEach((k, g) -> out.put(k, f.apply(g)));
    return new Groups<>(out.build(), unknown.map(f));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Groups<?, ?> g && known.equals(g.known) && unknown.equals(g.unknown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(known, unknown);
  }

  @Override
  public String toString() {
    return "Groups" + known + unknown.map(u -> " + unknown " + u).orElse("");
  }
}
