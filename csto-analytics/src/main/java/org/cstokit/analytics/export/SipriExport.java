package org.cstokit.analytics.export;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cstokit.analytics.transfers.Scope;
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
   * The table rows of Appendix III as SIPRI rows.
   *
   * @param data the data set
   * @return the rows
   */
  public static ImmutableList<SipriRow> rows(Dataset data) {
    return rows(data, Scope.TABLE_ROWS);
  }

  /**
   * Transfers as SIPRI rows.
   *
   * @param data the data set
   * @param scope the records to take
   * @return the rows
   */
  public static ImmutableList<SipriRow> rows(Dataset data, Scope scope) {
    return data.transfers().stream().filter(scope::includes).map(t -> row(data, t))
        .collect(ImmutableList.toImmutableList());
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
   * Writes the table rows of Appendix III as SIPRI-style CSV.
   *
   * @param data the data set
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void write(Dataset data, Writer out) throws IOException {
    CsvTables.write(SipriRow.class, rows(data), out);
  }
}
