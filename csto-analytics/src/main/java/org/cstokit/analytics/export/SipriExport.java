package org.cstokit.analytics.export;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cstokit.analytics.transfers.TransferQuery;
import org.cstokit.data.Dataset;
import org.cstokit.model.actor.StateCode;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TransferTerms;

/**
 * The transfers in the layout of the SIPRI trade register (see {@link SipriRow}), so that a user
 * can put CSTO Kit's records beside a SIPRI export. States are named by their SIPRI name
 * ({@code State.sipri()}), else their English short name. Rows in id order (recipient, then table row).
 */
public final class SipriExport {
  private SipriExport() {}

  /**
   * Transfers as SIPRI rows: the records a query takes ({@code Transfers.of(data)}: the table
   * rows of Appendix III; {@code .scope(Scope.ALL)}: every deal once).
   *
   * @param query the records to take
   * @return the rows
   */
  public static ImmutableList<SipriRow> rows(TransferQuery query) {
    return query.records().stream().map(t -> row(query.data(), t)).collect(ImmutableList.toImmutableList());
  }

  /**
   * One transfer as a SIPRI row.
   *
   * @param data the data set (for the states' SIPRI names)
   * @param t the transfer
   * @return the row
   */
  public static SipriRow row(Dataset data, ArmsTransfer t) {
    String years = t.deliveryFirst().map(f -> t.deliveryLast().filter(l -> l > f).map(l -> f + "-" + l)
        .orElse(String.valueOf(f))).orElse("");
    List<String> comments = new ArrayList<>();
    if (t.terms() != TransferTerms.UNKNOWN) {
      comments.add(t.terms().name().toLowerCase().replace('_', ' '));
    }
    t.remarks().ifPresent(comments::add);
    return new SipriRow(name(data, t.recipient()), name(data, t.supplier()), t.orderYear(), t.numberOrdered(),
        t.designation(), t.description(), t.numberDelivered(), years, String.join("; ", comments), t.id());
  }

  private static String name(Dataset data, StateCode code) {
    return data.findState(code).map(s -> s.sipri().orElse(s.nameEn())).orElse(code.value());
  }

  /**
   * Writes transfers as SIPRI-style CSV.
   *
   * @param query the records to take ({@code Transfers.of(data)}: the table rows of Appendix III)
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(TransferQuery query, Writer out) throws IOException {
    CsvTables.write(SipriRow.class, rows(query), out);
  }
}
