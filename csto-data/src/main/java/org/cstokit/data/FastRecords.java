package org.cstokit.data;

import java.util.function.Function;
import org.cstokit.model.source.TransferId;
import org.cstokit.model.transfer.ArmsTransfer;
import org.cstokit.model.transfer.TableRow;
import org.cstokit.model.transfer.TransferTerms;
import org.cstokit.model.transfer.WeaponCategory;

/**
 * The hand-written record readers of {@link FastReader}, one per record type, each accepting the
 * field names and value forms that {@link DataLoader#write} produces for that type and building
 * the record through its builder. A field it does not know gives up on the file.
 */
final class FastRecords {
  private FastRecords() {}

  /** The reader of a family's records, or null if the family has none (its file takes the general path). */
  static Function<FastReader, Object> reader(Family<?> family) {
    if (family == Family.TRANSFERS) {
      return FastRecords::transfer;
    }
    return null;
  }

  private static final WeaponCategory[] CATEGORIES = WeaponCategory.values();
  private static final TransferTerms[] TERMS = TransferTerms.values();

  static ArmsTransfer transfer(FastReader r) {
    ArmsTransfer.Builder b = ArmsTransfer.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "id" -> b.id(TransferId.of(r.raw()));
        case "supplier" -> b.supplier(r.state());
        case "recipient" -> b.recipient(r.state());
        case "designation" -> b.designation(r.string());
        case "description" -> b.description(r.string());
        case "category" -> b.category(r.constant(CATEGORIES));
        case "orderYear" -> b.orderYear(r.optionalInt());
        case "deliveryFirst" -> b.deliveryFirst(r.optionalInt());
        case "deliveryLast" -> b.deliveryLast(r.optionalInt());
        case "numberOrdered" -> b.numberOrdered(r.optionalInt());
        case "numberDelivered" -> b.numberDelivered(r.optionalInt());
        case "terms" -> b.terms(r.constant(TERMS));
        case "value" -> b.value(r.quantity());
        case "remarks" -> b.remarks(r.string());
        case "tableRow" -> b.tableRow(tableRow(r));
        case "restates" -> b.restates(r.list(x -> TransferId.of(x.raw())));
        case "citations" -> b.citations(r.list(FastReader::citationElement));
        case "disputes" -> b.disputes(r.list(FastReader::disputeElement));
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }

  private static TableRow tableRow(FastReader r) {
    r.object();
    TableRow.Builder b = TableRow.builder();
    for (String f = r.next(); f != null; f = r.next()) {
      switch (f) {
        case "table" -> b.table(r.string());
        case "row" -> b.row(r.integer());
        default -> throw FastReader.giveUp();
      }
    }
    return b.build();
  }
}
