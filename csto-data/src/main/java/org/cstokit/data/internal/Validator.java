package org.cstokit.data.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.cstokit.data.Family;
import org.cstokit.data.Problem;
import org.cstokit.model.Identifier;
import org.cstokit.model.actor.Organ;
import org.cstokit.model.actor.Organization;
import org.cstokit.model.actor.Person;
import org.cstokit.model.event.Decision;
import org.cstokit.model.event.Event;
import org.cstokit.model.institution.Office;
import org.cstokit.model.institution.RotationRule;
import org.cstokit.model.institution.Tenure;
import org.cstokit.model.law.Article;
import org.cstokit.model.law.Instrument;
import org.cstokit.model.membership.Membership;
import org.cstokit.model.military.CollectiveForce;
import org.cstokit.model.military.Exercise;
import org.cstokit.model.military.Facility;
import org.cstokit.model.military.Operation;
import org.cstokit.model.military.Strength;
import org.cstokit.model.military.UnitContribution;
import org.cstokit.model.source.Citation;
import org.cstokit.model.source.Dispute;
import org.cstokit.model.source.Fact;
import org.cstokit.model.source.Source;
import org.cstokit.model.time.Truth;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * Cross-record checks of a parsed data set: unique ids, resolving references (to the right
 * family), citations of declared sources and sections, and memberships that never overlap.
 * Collects every problem. Not API.
 */
public final class Validator {
  private final Map<Family<?>, List<?>> records;
  /** Each fact's family by id; sized for every record when the checks start, so that it never grows. */
  private Map<String, Family<?>> idFamily = new HashMap<>();
  private final Map<String, Source> sources = new HashMap<>();
  /** Each source's section headings as a set: a citation's section is looked up, not searched for. */
  private final Map<String, Set<String>> sections = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> unparsedIds;
  private final Set<Family<?>> unparsedFiles;
  private String file;
  private String id;

  /**
   * Creates a validator.
   *
   * @param records the parsed records of every family
   * @param unparsedIds ids of records that could not be built (already reported; references to
   *     them are not reported again)
   * @param unparsedFiles families whose file could not be parsed at all (already reported;
   *     dangling references into them are not reported, as their targets may be there)
   */
  public Validator(Map<Family<?>, List<?>> records, Set<String> unparsedIds, Set<Family<?>> unparsedFiles) {
    this.records = records;
    this.unparsedIds = unparsedIds;
    this.unparsedFiles = unparsedFiles;
  }

  /**
   * Runs every check.
   *
   * @return every problem found
   */
  public List<Problem> validate() {
    int facts = 0;
    for (Family<?> f : Family.values()) {
      facts += f == Family.SOURCES ? 0 : records.getOrDefault(f, List.of()).size();
    }
    idFamily = new HashMap<>(facts * 4 / 3 + 1);
    for (Object o : records.getOrDefault(Family.SOURCES, List.of())) {
      Source s = (Source) o;
      if (sources.put(s.id().value(), s) != null) {
        problems.add(new Problem(Family.SOURCES.fileName(), s.id().value(), "id", "duplicate id"));
      }
    }
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      for (Object o : records.getOrDefault(f, List.of())) {
        String key = ((Fact) o).id().value();
        Family<?> before = idFamily.putIfAbsent(key, f);
        if (before != null) {
          problems.add(new Problem(f.fileName(), key, "id",
              "duplicate id" + (before == f ? "" : " (also in " + before.fileName() + ")")));
        }
      }
    }
    for (Family<?> f : Family.values()) {
      if (f == Family.SOURCES) {
        continue;
      }
      file = f.fileName();
      for (Object o : records.getOrDefault(f, List.of())) {
        Fact fact = (Fact) o;
        id = fact.id().value();
        citations("citations", fact.citations());
        for (int i = 0; i < fact.disputes().size(); i++) {
          Dispute d = fact.disputes().get(i);
          citations("disputes[" + i + "].citation", List.of(d.citation()));
        }
        references(fact);
      }
    }
    file = Family.MEMBERSHIPS.fileName();
    overlappingMemberships();
    file = Family.TENURES.fileName();
    tenuresOfOneOffice();
    file = Family.ORGANS.fileName();
    organParents();
    return problems;
  }

  /** The ids of the transfers that are table rows, collected once (restated ids are looked up in it). */
  private java.util.Set<String> tableRowIds;

  private java.util.Set<String> tableRows() {
    if (tableRowIds == null) {
      tableRowIds = new java.util.HashSet<>();
      for (Object o : records.getOrDefault(Family.TRANSFERS, List.of())) {
        ArmsTransfer t = (ArmsTransfer) o;
        if (t.tableRow().isPresent()) {
          tableRowIds.add(t.id().value());
        }
      }
    }
    return tableRowIds;
  }

  private void citations(String field, List<Citation> citations) {
    // field paths and messages are built only for a problem: most citations have none
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      Source s = sources.get(c.source().value());
      if (s == null) {
        problems.add(new Problem(file, id, field + "[" + i + "].source", "unknown source " + c.source()));
      } else if (!s.sections().isEmpty() && !sectionsOf(s).contains(c.section())) {
        problems.add(new Problem(file, id, field + "[" + i + "].section", "\"" + c.section() + "\" is not a section of " + s.id()));
      }
      if (s != null && c.asOf().isPresent() && c.asOf().get().earliest().isAfter(s.horizonDay())) {
        problems.add(new Problem(file, id, field + "[" + i + "].asOf", c.asOf().get() + " lies after the horizon of "
            + s.id() + " (knownAsOf " + s.knownAsOf() + "): a source cannot confirm what it has not seen"));
      }
    }
  }

  /** A source's section headings as a set, made on first use (no lambda per citation). */
  private Set<String> sectionsOf(Source s) {
    Set<String> set = sections.get(s.id().value());
    if (set == null) {
      set = Set.copyOf(s.sections());
      sections.put(s.id().value(), set);
    }
    return set;
  }

  private void ref(String field, Optional<? extends Identifier> target, Family<?>... families) {
    target.ifPresent(t -> ref(field, t, families));
  }

  private void refs(String field, Collection<? extends Identifier> targets, Family<?>... families) {
    int i = 0;
    for (Identifier t : targets) {
      ref(field, i++, t, families);
    }
  }

  private void ref(String field, Identifier target, Family<?>... families) {
    ref(field, -1, target, families);
  }

  /** Checks a reference; the path ({@code field}, or {@code field[index]} for an index of 0 or more) is built only for a problem. */
  private void ref(String field, int index, Identifier target, Family<?>... families) {
    Family<?> actual = idFamily.get(target.value());
    if (actual != null && (families.length == 0 || Arrays.asList(families).contains(actual))) {
      return;
    }
    Set<Family<?>> allowed = families.length == 0 ? new TreeSet<>(Family.values()) : new TreeSet<>(Arrays.asList(families));
    String path = index < 0 ? field : field + "[" + index + "]";
    if (actual == null) {
      if (unparsedIds.contains(target.value()) || allowed.stream().anyMatch(unparsedFiles::contains)) {
        return;
      }
      problems.add(new Problem(file, id, path, "dangling reference to " + target.value()));
    } else {
      problems.add(new Problem(file, id, path, target.value() + " is in " + actual.fileName()
          + ", expected one of " + allowed));
    }
  }


  private void references(Fact fact) {
    if (fact instanceof Organization) {
      return;
    }
    if (fact instanceof Organ) {
      Organ o = (Organ) fact;
      ref("organization", o.organization(), Family.ORGANIZATIONS);
      for (int k = 0; k < o.procedures().size(); k++) {
        citations("procedures[" + k + "].citations", o.procedures().get(k).citations());
      }
      ref("parent", o.parent(), Family.ORGANS);
    } else if (fact instanceof Person) {
      ref("nationality", ((Person) fact).nationality(), Family.STATES);
    } else if (fact instanceof Instrument) {
      Instrument i = (Instrument) fact;
      ref("organization", i.organization(), Family.ORGANIZATIONS);
      refs("parties", i.parties(), Family.STATES);
      for (int k = 0; k < i.inForceByState().size(); k++) {
        ref("inForceByState[" + k + "].state", i.inForceByState().get(k).state(), Family.STATES);
      }
      refs("amends", i.amends(), Family.INSTRUMENTS);
    } else if (fact instanceof Article) {
      ref("instrument", ((Article) fact).instrument(), Family.INSTRUMENTS);
    } else if (fact instanceof Membership) {
      Membership m = (Membership) fact;
      ref("state", m.state(), Family.STATES);
      ref("organization", m.organization(), Family.ORGANIZATIONS);
      ref("beganBy", m.beganBy(), Family.INSTRUMENTS, Family.DECISIONS, Family.EVENTS);
      ref("endedBy", m.endedBy(), Family.INSTRUMENTS, Family.DECISIONS, Family.EVENTS);
    } else if (fact instanceof Office) {
      Office o = (Office) fact;
      ref("organization", o.organization(), Family.ORGANIZATIONS);
      ref("state", o.state(), Family.STATES);
      ref("organ", o.organ(), Family.ORGANS);
      ref("rotationRule", o.rotationRule(), Family.ROTATION_RULES);
    } else if (fact instanceof Tenure) {
      Tenure t = (Tenure) fact;
      ref("office", t.office(), Family.OFFICES);
      ref("holder", t.holder(), Family.PERSONS);
      ref("state", t.state(), Family.STATES);
    } else if (fact instanceof RotationRule) {
      RotationRule r = (RotationRule) fact;
      ref("office", r.office(), Family.OFFICES);
      ref("anchorState", r.anchorState(), Family.STATES);
      ref("instrument", r.instrument(), Family.INSTRUMENTS);
      for (int k = 0; k < r.handovers().size(); k++) {
        citations("handovers[" + k + "].citations", r.handovers().get(k).citations());
      }
    } else if (fact instanceof CollectiveForce) {
      CollectiveForce f = (CollectiveForce) fact;
      ref("organization", f.organization(), Family.ORGANIZATIONS);
      ref("parent", f.parent(), Family.FORCES);
      refs("members", f.members(), Family.STATES);
      for (int k = 0; k < f.strengths().size(); k++) {
        Strength s = f.strengths().get(k);
        citations("strengths[" + k + "].citations", s.citations());
      }
    } else if (fact instanceof UnitContribution) {
      UnitContribution u = (UnitContribution) fact;
      ref("state", u.state(), Family.STATES);
      ref("force", u.force(), Family.FORCES);
    } else if (fact instanceof Facility) {
      Facility f = (Facility) fact;
      ref("host", f.host(), Family.STATES);
      ref("operator", f.operator(), Family.STATES);
      refs("legalBasis", f.legalBasis(), Family.INSTRUMENTS);
    } else if (fact instanceof ArmsTransfer) {
      ArmsTransfer t = (ArmsTransfer) fact;
      ref("supplier", t.supplier(), Family.STATES);
      ref("recipient", t.recipient(), Family.STATES);
      refs("restates", t.restates(), Family.TRANSFERS);
      for (int k = 0; k < t.restates().size(); k++) {
        String target = t.restates().get(k).value();
        if (idFamily.get(target) == Family.TRANSFERS && !tableRows().contains(target)) {
          problems.add(new Problem(file, id, "restates[" + k + "]", target + " has no table row: only table rows are restated"));
        }
      }
    } else if (fact instanceof Exercise) {
      Exercise e = (Exercise) fact;
      ref("organization", e.organization(), Family.ORGANIZATIONS);
      refs("hosts", e.hosts(), Family.STATES);
      refs("participants", e.participants(), Family.STATES);
      refs("observers", e.observers(), Family.STATES);
      for (int k = 0; k < e.phases().size(); k++) {
        ref("phases[" + k + "].host", e.phases().get(k).host(), Family.STATES);
      }
    } else if (fact instanceof Operation) {
      Operation o = (Operation) fact;
      ref("organization", o.organization(), Family.ORGANIZATIONS);
      refs("participants", o.participants(), Family.STATES);
    } else if (fact instanceof Event) {
      Event e = (Event) fact;
      refs("states", e.states(), Family.STATES);
      refs("organizations", e.organizations(), Family.ORGANIZATIONS);
      refs("related", e.related());
    } else if (fact instanceof Decision) {
      Decision d = (Decision) fact;
      ref("organ", d.organ(), Family.ORGANS);
      for (int k = 0; k < d.positions().size(); k++) {
        ref("positions[" + k + "].state", d.positions().get(k).state(), Family.STATES);
      }
      ref("instrument", d.instrument(), Family.INSTRUMENTS);
    }
  }

  /**
   * Memberships of one state in one organization must not overlap (de jure statuses among
   * themselves, de facto ones among themselves): a certain overlap is an
   * error, and a possible one is allowed only as a hand-over (one period ends on the very
   * partial date the next begins).
   */
  private void overlappingMemberships() {
    Map<String, List<Membership>> byPair = new TreeMap<>();
    for (Object o : records.getOrDefault(Family.MEMBERSHIPS, List.of())) {
      Membership m = (Membership) o;
      // law and practice are separate axes: a de facto record may lie beside the legal one
      byPair.computeIfAbsent(m.state() + "/" + m.organization() + "/" + m.status().isDeFacto(), k -> new ArrayList<>()).add(m);
    }
    for (List<Membership> list : byPair.values()) {
      overlaps(list, Membership::period, (a, b, t) -> {
        boolean handover = a.period().end().equals(Optional.of(b.period().start()))
            || b.period().end().equals(Optional.of(a.period().start()));
        if (!a.id().equals(b.id()) && (t == Truth.YES || !handover)) {
          String first = a.id().value().compareTo(b.id().value()) < 0 ? a.id().value() : b.id().value();
          String second = first.equals(a.id().value()) ? b.id().value() : a.id().value();
          problems.add(new Problem(file, second, "period", (t == Truth.YES ? "overlaps " : "may overlap ")
              + first + " of the same state in the same organization"));
        }
      });
    }
  }

  /** What to do with two records whose periods may share a day (truth YES or UNKNOWN). */
  private interface Overlap<T> {
    void found(T first, T second, Truth truth);
  }

  /** Calls {@code found} for every pair of the list, in list order, whose periods may overlap. */
  private static <T> void overlaps(List<T> list, java.util.function.Function<T, org.cstokit.model.time.Period> period,
      Overlap<T> found) {
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Truth t = period.apply(list.get(i)).overlaps(period.apply(list.get(j)));
        if (t != Truth.NO) {
          found.found(list.get(i), list.get(j), t);
        }
      }
    }
  }

  /**
   * Tenures of one office tell one story: the substantive (not acting) tenures of a
   * single-holder office never certainly overlap (coarse dates may leave a possible overlap, as
   * when a tenure ends in "2017" and the next begins on 2017-05-02; it never makes two holders
   * certain on one day), and in an office that rotates every
   * substantive tenure but the latest has an end — an open one would make its holder hold the
   * office for ever beside every successor.
   */
  private void tenuresOfOneOffice() {
    Map<String, Office> offices = new HashMap<>();
    for (Object o : records.getOrDefault(Family.OFFICES, List.of())) {
      offices.put(((Office) o).id().value(), (Office) o);
    }
    Map<String, List<Tenure>> byOffice = new TreeMap<>();
    for (Object o : records.getOrDefault(Family.TENURES, List.of())) {
      Tenure t = (Tenure) o;
      if (!t.isActing()) {
        byOffice.computeIfAbsent(t.office().value(), k -> new ArrayList<>()).add(t);
      }
    }
    for (Map.Entry<String, List<Tenure>> e : byOffice.entrySet()) {
      Office office = offices.get(e.getKey());
      if (office == null) {
        continue; // a dangling reference, reported already
      }
      List<Tenure> list = e.getValue();
      list.sort(java.util.Comparator.comparing((Tenure t) -> t.period().start()).thenComparing(t -> t.id().value()));
      if (office.isSingleHolder()) {
        overlaps(list, Tenure::period, (a, b, t) -> {
          if (t == Truth.YES) {
            problems.add(new Problem(file, b.id().value(), "period", "overlaps "
                + a.id().value() + ": " + office.id() + " has one substantive holder at a time"
                + " (mark an acting holder \"acting\": true, or merge two accounts of one tenure into one record"
                + " with a dispute)"));
          }
        });
      }
      if (office.rotationRule().isPresent()) {
        for (int i = 0; i + 1 < list.size(); i++) {
          Tenure t = list.get(i);
          if (t.period().isOpen()) {
            problems.add(new Problem(file, t.id().value(), "period.end", "is missing, but " + list.get(i + 1).id()
                + " follows in the rotating office " + office.id() + ": a rotation tenure ends where its successor starts"));
          }
        }
      }
    }
  }

  /** An organ is not its own parent, directly or through a chain of parents. */
  private void organParents() {
    Map<String, String> parent = new HashMap<>();
    for (Object o : records.getOrDefault(Family.ORGANS, List.of())) {
      org.cstokit.model.actor.Organ organ = (org.cstokit.model.actor.Organ) o;
      organ.parent().ifPresent(p -> parent.put(organ.id().value(), p.value()));
    }
    for (String start : new java.util.TreeSet<>(parent.keySet())) {
      java.util.Set<String> seen = new java.util.LinkedHashSet<>();
      String at = start;
      while (at != null && seen.add(at)) {
        at = parent.get(at);
      }
      if (at != null && at.equals(start)) {
        problems.add(new Problem(file, start, "parent", seen.size() == 1 ? "is the organ itself"
            : "leads back to the organ itself through " + String.join(" -> ", seen)));
      }
    }
  }
}
