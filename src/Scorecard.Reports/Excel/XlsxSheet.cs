using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scorecard.Reports.Excel;

/// <summary>
/// Collects the rows of one worksheet in order. Text is written as inline strings, so the workbook
/// needs no shared-string table, and a label's footnote numbers become superscript runs.
/// </summary>
internal sealed class XlsxSheet(string name)
{
    private readonly SortedDictionary<uint, Row> _rows = [];
    private readonly List<string> _merges = [];
    private readonly List<uint> _breaksBefore = [];

    /// <summary>Sheet name as shown on its tab.</summary>
    public string Name { get; } = name;

    /// <summary>Column widths in characters, first column first.</summary>
    public IReadOnlyList<double> ColumnWidths { get; set; } = [];

    /// <summary>Rows above the frozen pane, or 0 for none.</summary>
    public uint FrozenRows { get; set; }

    /// <summary>Row repeated at the top of every printed page, or 0 for none.</summary>
    public uint PrintTitleRow { get; set; }

    /// <summary>Whether the sheet prints on A4 landscape, fitted to one page wide.</summary>
    public bool Landscape { get; set; }

    /// <summary>Last row written so far, 0 when none.</summary>
    public uint LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();

    /// <summary>Rows with a page break before them.</summary>
    public IReadOnlyList<uint> BreaksBefore => _breaksBefore;

    /// <summary>Writes text to a cell.</summary>
    public void Text(uint row, int column, string text, XlsxStyle style = XlsxStyle.Default) =>
        Add(row, new Cell
        {
            CellReference = Reference(row, column),
            DataType = CellValues.InlineString,
            StyleIndex = (uint)style,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        });

    /// <summary>
    /// Writes rich text to a cell: <paramref name="text"/>, then <paramref name="suffix"/> in bold when
    /// given, then <paramref name="superscript"/> as superscript when it is not empty.
    /// </summary>
    public void RichText(uint row, int column, string text, string superscript, string? suffix, XlsxStyle style, bool italic = false)
    {
        var inline = new InlineString();
        inline.Append(Run(text, italic, bold: false, superscript: false));
        if (superscript.Length > 0)
        {
            inline.Append(Run(" " + superscript, italic, bold: false, superscript: true));
        }

        if (suffix is not null)
        {
            inline.Append(Run(" \u2013 " + suffix, italic, bold: true, superscript: false));
        }

        Add(row, new Cell
        {
            CellReference = Reference(row, column),
            DataType = CellValues.InlineString,
            StyleIndex = (uint)style,
            InlineString = inline,
        });
    }

    /// <summary>Writes a number to a cell.</summary>
    public void Number(uint row, int column, double value, XlsxStyle style) =>
        Add(row, new Cell
        {
            CellReference = Reference(row, column),
            StyleIndex = (uint)style,
            CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        });

    /// <summary>Writes an empty cell that carries a style, such as a bordered blank.</summary>
    public void Blank(uint row, int column, XlsxStyle style) =>
        Add(row, new Cell { CellReference = Reference(row, column), StyleIndex = (uint)style });

    /// <summary>Sets a row's height in points.</summary>
    public void Height(uint row, double points)
    {
        var element = RowAt(row);
        element.Height = points;
        element.CustomHeight = true;
    }

    /// <summary>Merges the cells from <paramref name="firstColumn"/> to <paramref name="lastColumn"/> of one row.</summary>
    public void Merge(uint row, int firstColumn, int lastColumn) =>
        _merges.Add($"{Reference(row, firstColumn)}:{Reference(row, lastColumn)}");

    /// <summary>Starts a new printed page at <paramref name="row"/>.</summary>
    public void PageBreakBefore(uint row) => _breaksBefore.Add(row);

    /// <summary>Builds the worksheet element.</summary>
    public Worksheet Build()
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = Landscape }));
        var view = new SheetView { WorkbookViewId = 0, TabSelected = false };
        if (FrozenRows > 0)
        {
            view.Append(new Pane
            {
                VerticalSplit = FrozenRows,
                TopLeftCell = Reference(FrozenRows + 1, 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = Reference(FrozenRows + 1, 1), SequenceOfReferences = new ListValue<StringValue>([Reference(FrozenRows + 1, 1)]) });
        }

        worksheet.Append(new SheetViews(view));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 13.2 });
        if (ColumnWidths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < ColumnWidths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = ColumnWidths[i], CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        worksheet.Append(new SheetData(_rows.Values));
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(reference => new MergeCell { Reference = reference })));
        }

        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        if (Landscape)
        {
            worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            worksheet.Append(new HeaderFooter(new OddFooter("&L&8&A&R&8Page &P of &N")));
        }

        if (_breaksBefore.Count > 0)
        {
            var breaks = new RowBreaks { Count = (uint)_breaksBefore.Count, ManualBreakCount = (uint)_breaksBefore.Count };
            foreach (var row in _breaksBefore)
            {
                // A break's id is the last row of the page before it.
                breaks.Append(new Break { Id = row - 1, Max = 16383, ManualPageBreak = true });
            }

            worksheet.Append(breaks);
        }

        return worksheet;
    }

    /// <summary>Returns an A1 reference, such as "B4", for a 1-based row and column.</summary>
    public static string Reference(uint row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns the letters of a 1-based column: 1 is A, 27 is AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var remaining = column; remaining > 0; remaining = (remaining - 1) / 26)
        {
            name = (char)('A' + (remaining - 1) % 26) + name;
        }

        return name;
    }

    private static Run Run(string text, bool italic, bool bold, bool superscript)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (superscript)
        {
            properties.Append(new VerticalTextAlignment { Val = VerticalAlignmentRunValues.Superscript });
        }

        properties.Append(new FontSize { Val = 10 });
        properties.Append(new RunFont { Val = "Arial" });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private Row RowAt(uint row)
    {
        if (!_rows.TryGetValue(row, out var element))
        {
            element = new Row { RowIndex = row };
            _rows[row] = element;
        }

        return element;
    }

    // Cells must be in column order within a row; every caller writes left to right.
    private void Add(uint row, Cell cell) => RowAt(row).Append(cell);
}
