package org.cstokit.bench;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cstokit.analytics.transfers.Scope;
import org.cstokit.analytics.transfers.TransferGroup;
import org.cstokit.analytics.transfers.Transfers;
import org.cstokit.data.Dataset;
import org.cstokit.model.transfer.ArmsTransfer;

/**
 * A STAND-IN, to be replaced by the library's own two-key grouping when it exists (issue 13 asks
 * for one in {@code Transfers} or a pivot type): totals by recipient × decade of order, built
 * here the way the library's one-key groupings are built — records grouped into lists, each list
 * summed by the library's per-record {@link Transfers#ordered} and {@link Transfers#delivered}
 * ({@code Total.sum} over one {@code Quantity} per record). Over the table rows, as the library's
 * totals are. Keys are {@code RECIPIENT|1990s}, and {@code RECIPIENT|unknown} for records
 * without an order year; rows in key order (recipients alphabetically, decades ascending, unknown
 * last per recipient).
 */
public final class RecipientDecade {
  private RecipientDecade() {}

  /**
   * Groups the table rows of a data set by recipient and decade of order.
   *
   * @param data the data set
   * @return one row per (recipient, decade) pair that has records
   */
  public static ImmutableList<TransferGroup> group(Dataset data) {
    Map<String, TreeMap<Integer, List<ArmsTransfer>>> groups = new TreeMap<>();
    Map<String, List<ArmsTransfer>> unknown = new TreeMap<>();
    for (ArmsTransfer t : data.transfers()) {
      if (!Scope.TABLE_ROWS.includes(t)) {
        continue;
      }
      String recipient = t.recipient().value();
      Optional<Integer> year = t.orderYear();
      if (year.isPresent()) {
        int decade = year.get() - Math.floorMod(year.get(), 10);
        groups.computeIfAbsent(recipient, r -> new TreeMap<>())
            .computeIfAbsent(decade, d -> new ArrayList<>()).add(t);
      } else {
        unknown.computeIfAbsent(recipient, r -> new ArrayList<>()).add(t);
        groups.computeIfAbsent(recipient, r -> new TreeMap<>());
      }
    }
    ImmutableList.Builder<TransferGroup> rows = ImmutableList.builder();
    for (Map.Entry<String, TreeMap<Integer, List<ArmsTransfer>>> r : groups.entrySet()) {
      for (Map.Entry<Integer, List<ArmsTransfer>> d : r.getValue().entrySet()) {
        rows.add(row(r.getKey() + "|" + d.getKey() + "s", d.getValue()));
      }
      List<ArmsTransfer> none = unknown.get(r.getKey());
      if (none != null) {
        rows.add(row(r.getKey() + "|" + Transfers.UNKNOWN, none));
      }
    }
    return rows.build();
  }

  private static TransferGroup row(String key, List<ArmsTransfer> records) {
    return new TransferGroup(key, records.size(), Transfers.ordered(records),
        Transfers.delivered(records));
  }
}
