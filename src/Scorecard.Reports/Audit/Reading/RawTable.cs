namespace Scorecard.Reports.Audit.Reading;

/// <summary>File formats a published scorecard can be read from.</summary>
public enum ScorecardFileFormat
{
    /// <summary>Tab- or comma-separated text, as exported from a PDF.</summary>
    Delimited,

    /// <summary>An Excel workbook whose first worksheet contains the table.</summary>
    Xlsx,

    /// <summary>An HTML page whose tables contain the scorecard.</summary>
    Html,
}

/// <summary>One row of cells as read from a file, before any structure is recovered.</summary>
/// <param name="Line">1-based line of the row in the file: the text line for delimited text and HTML, the row number for XLSX.</param>
/// <param name="Cells">Cell contents in column order, with HTML tags such as &lt;sup&gt; still in place.</param>
public sealed record RawRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A file's table as rows of raw cell text.</summary>
/// <param name="File">Path of the file, as given.</param>
/// <param name="Format">Format the file was read as.</param>
/// <param name="Rows">Rows in file order, blank rows included.</param>
public sealed record RawTable(string File, ScorecardFileFormat Format, IReadOnlyList<RawRow> Rows)
{
    /// <summary>Describes a cell's position the way a user finds it in this format, such as "line 12, column 3" or "cell C12".</summary>
    /// <param name="line">1-based line or row number.</param>
    /// <param name="column">1-based column number.</param>
    public string Locate(int line, int column) => Format switch
    {
        ScorecardFileFormat.Xlsx => $"cell {ColumnLetters(column)}{line}",
        ScorecardFileFormat.Html => $"line {line}, table cell {column}",
        _ => $"line {line}, column {column}",
    };

    /// <summary>Describes a row's position, such as "line 12" or "row 12".</summary>
    public string LocateRow(int line) => Format == ScorecardFileFormat.Xlsx ? $"row {line}" : $"line {line}";

    /// <summary>Returns Excel's letters for a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            column = (column - 1) / 26;
        }

        return letters;
    }
}
