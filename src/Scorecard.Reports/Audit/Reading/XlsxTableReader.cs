using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scorecard.Reports.Audit.Reading;

/// <summary>
/// Reads the first worksheet of an XLSX workbook as the text each cell shows. Numbers are formatted
/// with the cell's number format (decimals, thousands separators, percentages, mm:ss times).
/// Superscript runs in rich text become &lt;sup&gt; markers, so footnotes survive as in an HTML export.
/// </summary>
internal static class XlsxTableReader
{
    // Excel's built-in number formats that change how a number reads; the others show as General.
    private static readonly Dictionary<uint, string> BuiltInFormats = new()
    {
        [1] = "0",
        [2] = "0.00",
        [3] = "#,##0",
        [4] = "#,##0.00",
        [9] = "0%",
        [10] = "0.00%",
        [20] = "h:mm",
        [21] = "h:mm:ss",
        [45] = "mm:ss",
        [46] = "[h]:mm:ss",
        [47] = "mm:ss.0",
    };

    public static RawTable Read(string file, Stream stream)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadDocument(file, document);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw AuditThrow.InvalidXlsx(file, exception);
        }
    }

    private static RawTable ReadDocument(string file, SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw AuditThrow.NoWorksheet(file);
        var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw AuditThrow.NoWorksheet(file);
        if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart worksheet)
        {
            throw AuditThrow.NoWorksheet(file);
        }

        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToList() ?? [];
        var formats = CellFormatCodes(workbook.WorkbookStylesPart?.Stylesheet);

        var sheetRows = new List<(int Line, SortedDictionary<int, string> Cells)>();
        var widest = 0;
        foreach (var row in worksheet.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var line = (int)(row.RowIndex?.Value ?? (uint)(sheetRows.Count + 1));
            var cells = new SortedDictionary<int, string>();
            var nextColumn = 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : nextColumn;
                cells[column] = CellText(cell, sharedStrings, formats);
                nextColumn = column + 1;
            }

            widest = Math.Max(widest, cells.Count == 0 ? 0 : cells.Keys.Max());
            sheetRows.Add((line, cells));
        }

        // XLSX stores only the cells that hold something, so every row is padded to the widest row.
        var rows = sheetRows
            .Select(row => new RawRow(row.Line, Enumerable.Range(1, widest).Select(column => row.Cells.GetValueOrDefault(column, "")).ToArray()))
            .ToList();
        return new RawTable(file, ScorecardFileFormat.Xlsx, rows);
    }

    private static string CellText(Cell cell, List<string> sharedStrings, List<string?> formats)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : "";
        }

        var value = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? sharedStrings[index]
                : "";
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error)
        {
            return value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        var styleIndex = (int)(cell.StyleIndex?.Value ?? 0);
        var format = styleIndex < formats.Count ? formats[styleIndex] : null;
        return XlsxNumberFormat.Format(number, format);
    }

    // Text of a shared or inline string, with superscript runs wrapped in <sup> so footnote markers are kept.
    private static string RichText(OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text plain)
            {
                text.Append(plain.Text);
            }
            else if (child is Run run)
            {
                var superscript = run.RunProperties?.GetFirstChild<VerticalTextAlignment>()?.Val?.Value == VerticalAlignmentRunValues.Superscript;
                var runText = run.Text?.Text ?? "";
                text.Append(superscript ? $"<sup>{runText}</sup>" : runText);
            }
        }

        return text.ToString();
    }

    // Number format code of each cell style, by style index; null means General.
    private static List<string?> CellFormatCodes(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(format => format.NumberFormatId?.Value is not null && format.FormatCode?.Value is not null)
            .ToDictionary(format => format.NumberFormatId!.Value, format => format.FormatCode!.Value!) ?? [];

        return stylesheet?.CellFormats?.Elements<CellFormat>()
            .Select(format =>
            {
                var id = format.NumberFormatId?.Value ?? 0;
                return custom.TryGetValue(id, out var code) ? code : BuiltInFormats.GetValueOrDefault(id);
            })
            .ToList() ?? [];
    }

    private static int ColumnNumber(string reference)
    {
        var column = 0;
        foreach (var character in reference)
        {
            if (!char.IsAsciiLetter(character))
            {
                break;
            }

            column = column * 26 + (char.ToUpperInvariant(character) - 'A' + 1);
        }

        return column;
    }
}
