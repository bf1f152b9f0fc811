using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scorecard.Reports.Tests.Audit;

/// <summary>
/// A six-row scorecard taken from the Essex table, in TSV, HTML and XLSX, for tests that break one
/// figure at a time. Every figure agrees except where a test changes it; the confidence difference
/// is the 2.6 the shown figures give, so no rounding note appears either.
/// </summary>
internal static class SmallTables
{
    public const string Header =
        "Police and Crime Plan Priorities\tPolice Priority Indicators\t12 months to Dec 2019\t12 months to May 2023\t12 months to May 2024\t"
        + "Number Difference 2023/24\t% Difference 2023/24\tDirection of Travel 2023/24";

    public const string Homicides = "Priority 1 - Further investment in crime prevention\tNumber of homicides <sup>2</sup>\t60\t14\t17\t3\t21.4\tDeteriorating";
    public const string OnlineReports = "\tNumber of online reports\t24,467\t36,952\t41,556\t4,604\t12.5\tImproving";
    public const string WaitTime = "\tCCC 101 Average wait time (mm:ss)\t07:00\t10:14\t08:38\t-01:36\t-\tImproving";
    public const string Confidence = "\tPercentage of people who have confidence in policing in Essex (internal survey) <sup>4</sup>\t64.7\t73.5\t76.1\t2.6\t-\tImproving";
    public const string Interval = "\t<i>Confidence Interval</i> <sup>5</sup>\t1.1\t1.0\t1.0\t\t\t";
    public const string DogThefts = "Priority 7 - Preventing dog theft\tNumber of dog thefts <sup>12</sup>\t57\t54\t44\t-10\t-\tImproving";

    /// <summary>The table as TSV, one row per line: header on line 1, homicides on line 2, dog thefts on line 7.</summary>
    public static string Tsv => string.Join('\n', Header, Homicides, OnlineReports, WaitTime, Confidence, Interval, DogThefts) + "\n";

    /// <summary>The TSV with <paramref name="oldText"/> replaced once, failing if it is not there so a test cannot silently test nothing.</summary>
    public static string TsvWith(string oldText, string newText)
    {
        var tsv = Tsv;
        var at = tsv.IndexOf(oldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{oldText}' is not in the small table.", nameof(oldText));
        }

        return tsv[..at] + newText + tsv[(at + oldText.Length)..];
    }

    /// <summary>
    /// The same table as an HTML page: header cells in a thead, the priority cell spanning its five rows,
    /// footnotes as sup elements and the interval label in italics. Each table row starts a new line,
    /// with the header row on line 1, so lines match the TSV.
    /// </summary>
    public static string Html =>
        "<html><body><table><thead><tr>" + string.Concat(Header.Split('\t').Select(text => $"<th>{text}</th>")) + "</tr></thead><tbody>\n"
        + "<tr><td rowspan=\"5\">Priority 1 - Further investment in crime prevention</td><td>Number of homicides <sup>2</sup></td><td>60</td><td>14</td><td>17</td><td>3</td><td>21.4</td><td>Deteriorating</td></tr>\n"
        + "<tr><td>Number of online reports</td><td>24,467</td><td>36,952</td><td>41,556</td><td>4,604</td><td>12.5</td><td>Improving</td></tr>\n"
        + "<tr><td>CCC 101 Average wait time (mm:ss)</td><td>07:00</td><td>10:14</td><td>08:38</td><td>-01:36</td><td>-</td><td>Improving</td></tr>\n"
        + "<tr><td>Percentage of people who have confidence in policing in Essex (internal survey) <sup>4</sup></td><td>64.7</td><td>73.5</td><td>76.1</td><td>2.6</td><td>-</td><td>Improving</td></tr>\n"
        + "<tr><td><i>Confidence Interval</i>&nbsp;<sup>5</sup></td><td>1.1</td><td>1.0</td><td>1.0</td><td></td><td></td><td></td></tr>\n"
        + "<tr><td>Priority 7 - Preventing dog theft</td><td>Number of dog thefts <sup>12</sup></td><td>57</td><td>54</td><td>44</td><td>-10</td><td>-</td><td>Improving</td></tr>\n"
        + "</tbody></table></body></html>\n";

    // Cell styles of the workbook below, by index.
    private const uint General = 0;
    private const uint Thousands = 1;
    private const uint OneDecimal = 2;
    private const uint MinutesSeconds = 3;

    /// <summary>
    /// Writes the same table as an XLSX workbook to <paramref name="path"/>, the way a spreadsheet stores it:
    /// counts as numbers with a thousands format, percentages as unrounded numbers shown to one decimal,
    /// times as fractions of a day shown as mm:ss, footnotes as superscript runs, and the priority title
    /// only in the first cell of its rows.
    /// </summary>
    public static void WriteXlsx(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0 },
                new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 45, ApplyNumberFormat = true })
            { Count = 4 });

        var sheetData = new SheetData();
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        worksheetPart.Worksheet = new Worksheet(sheetData);
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = 1, Name = "Scorecard" }));

        sheetData.Append(Row(1, Header.Split('\t').Select(Text).ToArray()));
        sheetData.Append(Row(2, Text("Priority 1 - Further investment in crime prevention"), Footnoted("Number of homicides", "2"),
            Number(60, General), Number(14, General), Number(17, General), Number(3, General), Number(21.4, OneDecimal), Text("Deteriorating")));
        sheetData.Append(Row(3, null, Text("Number of online reports"),
            Number(24467, Thousands), Number(36952, Thousands), Number(41556, Thousands), Number(4604, Thousands), Number(12.459, OneDecimal), Text("Improving")));
        sheetData.Append(Row(4, null, Text("CCC 101 Average wait time (mm:ss)"),
            Number(420 / 86400.0, MinutesSeconds), Number(614 / 86400.0, MinutesSeconds), Number(518 / 86400.0, MinutesSeconds), Text("-01:36"), Text("-"), Text("Improving")));
        sheetData.Append(Row(5, null, Footnoted("Percentage of people who have confidence in policing in Essex (internal survey)", "4"),
            Number(64.71, OneDecimal), Number(73.4912, OneDecimal), Number(76.0833, OneDecimal), Number(2.6, OneDecimal), Text("-"), Text("Improving")));
        sheetData.Append(Row(6, null, Footnoted("Confidence Interval", "5"),
            Number(1.1, OneDecimal), Number(1.0, OneDecimal), Number(0.98, OneDecimal)));
        sheetData.Append(Row(7, Text("Priority 7 - Preventing dog theft"), Footnoted("Number of dog thefts", "12"),
            Number(57, General), Number(54, General), Number(44, General), Number(-10, General), Text("-"), Text("Improving")));

        workbookPart.Workbook.Save();
    }

    private static Row Row(uint line, params Cell?[] cells)
    {
        var row = new Row { RowIndex = line };
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } cell)
            {
                cell.CellReference = $"{(char)('A' + i)}{line}";
                row.Append(cell);
            }
        }

        return row;
    }

    private static Cell Text(string text) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    private static Cell Footnoted(string text, string marker) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(
            new Run(new Text(text + " ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalAlignmentRunValues.Superscript }), new Text(marker))),
    };

    private static Cell Number(double value, uint style) => new() { CellValue = new CellValue(value), StyleIndex = style };
}
