package org.cstokit.analytics.rules;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.time.Truth;
import org.cstokit.model.time.TruthMap;

/**
 * The sets the rules read from a snapshot's member map ({@code Snapshot.members}), in code
 * order, computed once per map: a data set hands out the same map for every day of a stretch with
 * the same memberships, so a verdict asked again on such a day finds its sets ready. The cache
 * holds its maps weakly, by identity, and so keeps no data set alive. Immutable and thread-safe.
 */
final class MemberSets {
  private static final LoadingCache<TruthMap<StateCode>, MemberSets> CACHE =
      CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(MemberSets::new));

  private final ImmutableSortedSet<StateCode> certain;
  private final ImmutableSortedSet<StateCode> uncertain;
  // the certain members but one, per state left out (the host of a basing case), as asked
  private final ConcurrentMap<StateCode, ImmutableSortedSet<StateCode>> othersThan = new ConcurrentHashMap<>();

  private MemberSets(TruthMap<StateCode> members) {
    List<StateCode> yes = new ArrayList<>();
    List<StateCode> unknown = new ArrayList<>();
    members.forEach((s, t) -> {
      if (t == Truth.YES) {
        yes.add(s);
      } else if (t == Truth.UNKNOWN) {
        unknown.add(s);
      }
    });
    this.certain = ImmutableSortedSet.copyOf(yes);
    this.uncertain = ImmutableSortedSet.copyOf(unknown);
  }

  /**
   * The sets of a member map that a snapshot handed out (other maps are better read directly:
   * the cache pays off only for maps asked about again).
   */
  static MemberSets of(TruthMap<StateCode> members) {
    return CACHE.getUnchecked(members);
  }

  /** The states whose truth is {@code YES}, in code order. */
  ImmutableSortedSet<StateCode> certain() {
    return certain;
  }

  /** The states whose truth is {@code UNKNOWN}, in code order. */
  ImmutableSortedSet<StateCode> uncertain() {
    return uncertain;
  }

  /** The certain members other than one state, in code order. */
  ImmutableSortedSet<StateCode> certainOtherThan(StateCode state) {
    return othersThan.computeIfAbsent(state, this::without);
  }

  private ImmutableSortedSet<StateCode> without(StateCode state) {
    List<StateCode> rest = new ArrayList<>(certain);
    rest.remove(state);
    return ImmutableSortedSet.copyOf(rest);
  }
}
