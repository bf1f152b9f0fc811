namespace Scorecard.Reports.Audit;

/// <summary>
/// A published scorecard that cannot be read. The message names the file, the line or cell, the
/// value found and what to do about it.
/// </summary>
public sealed class AuditInputException : Exception
{
    internal AuditInputException(string message)
        : base(message)
    {
    }

    internal AuditInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Builds every input error of the auditor, so all messages share one form: where, what was found, what to do.</summary>
internal static class AuditThrow
{
    public static AuditInputException FileNotFound(string file) =>
        new($"{file}: file not found. Check the path and try again.");

    public static AuditInputException EmptyFile(string file) =>
        new($"{file}: the file is empty. Export the scorecard again; the audit needs a header row and at least one indicator row.");

    public static AuditInputException NoHeader(string file, string format) =>
        new($"{file}: no header row found. The audit looks for a row with period labels such as '12 months to May 2024'; "
            + $"none of the {format} rows has one. Check that the file is a published scorecard table.");

    public static AuditInputException HeaderMissingColumn(string file, string location, string column, IEnumerable<string> found) =>
        new($"{file}, {location}: the header row has no '{column}' column (its headings are: {string.Join(" | ", found.Select(text => $"'{text}'"))}). "
            + "Export the scorecard again with every column, or add the missing heading.");

    public static AuditInputException TruncatedRow(string file, string location, string lastValue, int cellsFound, int cellsExpected) =>
        new($"{file}, {location}: the last row ends after the value '{lastValue}' with {cellsFound} of the {cellsExpected} cells the header names. "
            + "The file looks truncated; export the scorecard again.");

    public static AuditInputException IntervalWithoutIndicator(string file, string location, string value) =>
        new($"{file}, {location}: the confidence-interval row '{value}' has no indicator row above it. "
            + "Move it under the survey indicator it belongs to.");

    public static AuditInputException SecondInterval(string file, string location, string indicator, int firstLine) =>
        new($"{file}, {location}: a second confidence-interval row for '{indicator}' (the first is on line {firstLine}). "
            + "Each survey indicator takes one interval row; remove the extra one.");

    public static AuditInputException TooFewPeriods(string file, string location, int found) =>
        new($"{file}, {location}: the header row has {found} period column(s) such as '12 months to May 2024'; the audit needs at least two "
            + "(the previous and the current period) to recompute the differences.");

    public static AuditInputException NoLabelColumn(string file, string location) =>
        new($"{file}, {location}: the first period heading is in the first column, so there is no column for indicator labels. "
            + "Export the scorecard again with its label columns.");

    public static AuditInputException NoIndicators(string file, string location) =>
        new($"{file}, {location}: no indicator rows follow the header row. The file may be truncated; export the scorecard again.");

    public static AuditInputException InvalidXlsx(string file, Exception inner) =>
        new($"{file}: not a readable XLSX workbook ({inner.Message}). The file may be truncated or another format; "
            + "save it again from Excel, or pass --format to name its format.", inner);

    public static AuditInputException NoWorksheet(string file) =>
        new($"{file}: the workbook has no worksheet. Save the scorecard table as the first sheet.");

    public static AuditInputException NoHtmlTable(string file) =>
        new($"{file}: no <table> element found. Save the scorecard page with its table, or export the table as TSV.");
}
