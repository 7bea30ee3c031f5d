package org.cstokit.model.time;

import com.google.common.collect.ForwardingMap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable map from keys (states, tenures, facilities) to a three-valued {@link Truth}, with
 * the three readings an analysis needs named, so that no caller takes the key set for the certain
 * keys by mistake: {@link #certain()} ({@code YES}), {@link #possible()} ({@code YES} or
 * {@code UNKNOWN}) and {@link #uncertain()} ({@code UNKNOWN}). It is a {@link Map}, iterated in
 * the order it was built in (the order the producer documents, such as state-code order), and
 * rejects every change. Immutable and thread-safe.
 *
 * <p>A key that is missing is not thereby {@code NO}: what a missing key means is for the producer
 * to say (a {@code Snapshot} says it up to the horizon of the data only).
 *
 * @param <K> the key type
 */
public final class TruthMap<K> extends ForwardingMap<K, Truth> {
  private static final TruthMap<Object> EMPTY = new TruthMap<>(ImmutableMap.of());

  private final ImmutableMap<K, Truth> map;

  private TruthMap(ImmutableMap<K, Truth> map) {
    this.map = map;
  }

  private ImmutableSet<K> keysWhere(boolean yes, boolean unknown) {
    ImmutableSet.Builder<K> out = ImmutableSet.builder();
    map.forEach((k, t) -> {
      if (t == Truth.YES ? yes : t == Truth.UNKNOWN && unknown) {
        out.add(k);
      }
    });
    return out.build();
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the key type
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <K> TruthMap<K> of() {
    return (TruthMap<K>) EMPTY;
  }

  /**
   * Copies a map, keeping its iteration order.
   *
   * @param map the keys and their truth; no null key or value
   * @param <K> the key type
   * @return the truth map
   * @throws NullPointerException if the map or an entry holds a null
   */
  public static <K> TruthMap<K> copyOf(Map<? extends K, Truth> map) {
    Objects.requireNonNull(map, "map");
    if (map instanceof TruthMap) {
      @SuppressWarnings("unchecked")
      TruthMap<K> same = (TruthMap<K>) map;
      return same;
    }
    return map.isEmpty() ? of() : new TruthMap<>(ImmutableMap.copyOf(map));
  }

  @Override
  protected ImmutableMap<K, Truth> delegate() {
    return map;
  }

  /**
   * Returns the keys whose truth is {@code YES}, in the map's order.
   *
   * @return the certain keys
   */
  public ImmutableSet<K> certain() {
    return keysWhere(true, false);
  }

  /**
   * Returns the keys whose truth is {@code UNKNOWN}, in the map's order: those the dates or the
   * horizons leave open.
   *
   * @return the uncertain keys
   */
  public ImmutableSet<K> uncertain() {
    return keysWhere(false, true);
  }

  /**
   * Returns the keys whose truth is {@code YES} or {@code UNKNOWN}, in the map's order.
   *
   * @return the possible keys
   */
  public ImmutableSet<K> possible() {
    return keysWhere(true, true);
  }

  /**
   * Returns the keys that count as true under a policy: {@link #certain()} for
   * {@link Policy#DEFINITELY}, {@link #possible()} for {@link Policy#POSSIBLY}.
   *
   * @param policy the policy
   * @return the keys, in the map's order
   */
  public ImmutableSet<K> select(Policy policy) {
    return Objects.requireNonNull(policy, "policy") == Policy.DEFINITELY ? certain() : possible();
  }

  /**
   * Returns the truth of a key, or {@code fallback} when the map does not hold it.
   *
   * @param key the key
   * @param fallback what a missing key means to the caller
   * @return the truth
   */
  public Truth truth(K key, Truth fallback) {
    Truth t = map.get(key);
    return t != null ? t : Objects.requireNonNull(fallback, "fallback");
  }

  /**
   * Returns the entries as an {@link ImmutableMap}, in the same order.
   *
   * @return the entries
   */
  public ImmutableMap<K, Truth> asImmutableMap() {
    return map;
  }
}
