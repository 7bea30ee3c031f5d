/**
 * Exports for R, pandas and SQL users, and the one place where the typed values of the analytics
 * API are flattened into columns: every aggregate table to CSV and JSON with stable, documented
 * column names ({@link org.cstokit.analytics.export.CsvTables}, a {@code Total} or a stated
 * quantity spread into {@code lower}, {@code lower_open}, … columns;
 * {@link org.cstokit.analytics.export.JsonTables}), the whole data set per family as flat CSV
 * ({@link org.cstokit.analytics.export.FamilyCsv}) and the transfers in the column names and
 * order of the SIPRI trade register ({@link org.cstokit.analytics.export.SipriExport}). CSV is
 * written and read with jackson-dataformat-csv.
 */
package org.cstokit.analytics.export;
