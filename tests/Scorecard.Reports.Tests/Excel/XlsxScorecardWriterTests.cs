using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Tests.Rendering;

namespace Scorecard.Reports.Tests.Excel;

/// <summary>Reads the workbook back with the Open XML SDK: cell values, types, number formats and layout.</summary>
public class XlsxScorecardWriterTests
{
    private static readonly Workbook Essex = Workbook.Of(TestReports.Essex());
    private static readonly Workbook Surveys = Workbook.Of(TestReports.Surveys());

    [Fact]
    public void Write_SheetsInOrder()
    {
        Assert.Equal(
            ["Scorecard", "Summary", "Data notes", "all-crime", "harm-score", "homicides", "calls-abandoned", "wait-time", "drug-homicides",
             "knife-crime", "ocg-disruptions", "children", "investigation-days", "dog-thefts-solved"],
            Essex.SheetNames);
    }

    [Fact]
    public void Write_HeaderRowFromWindows()
    {
        Assert.Equal(
            ["Police Priority Indicators", "12 months to Dec 2019", "12 months to May 2023", "12 months to May 2024",
             "Number Difference 2023/24", "% Difference 2023/24", "Direction of Travel 2023/24", "Method", "Notes"],
            "ABCDEFGHI".Select(column => Essex.Text("Scorecard", $"{column}{XlsxScorecardWriter.HeaderRow}")));
    }

    [Fact]
    public void Write_PriorityBandMergedAcrossTable()
    {
        Assert.Equal("Priority 1 - Further investment in crime prevention", Essex.Text("Scorecard", "A5"));
        Assert.Contains("A5:I5", Essex.Merges("Scorecard"));
    }

    [Fact]
    public void Write_CountsAreNumbersWithThousandsFormat()
    {
        var row = Essex.RowOf("Scorecard", "Number of all crime offences");

        Assert.Equal([168_218, 161_421, 150_319, -11_102], new[] { "B", "C", "D", "E" }.Select(column => Essex.Number("Scorecard", column + row)));
        Assert.All(new[] { "B", "C", "D", "E" }, column => Assert.Equal("#,##0", Essex.Format("Scorecard", column + row)));
    }

    [Fact]
    public void Write_PercentDifferenceRoundedToOneDecimal()
    {
        var row = Essex.RowOf("Scorecard", "Number of all crime offences");

        Assert.Equal(-6.9, Essex.Number("Scorecard", "F" + row));
        Assert.Equal("0.0", Essex.Format("Scorecard", "F" + row));
    }

    [Fact]
    public void Write_PercentagesRoundedAsPublished()
    {
        // 35.74 to 27.26: the difference -8.48 rounds to -8.5, as the HTML shows it.
        var row = Essex.RowOf("Scorecard", "Percentage of CCC 101 Calls Abandoned");

        Assert.Equal([34.0, 35.7, 27.3, -8.5], new[] { "B", "C", "D", "E" }.Select(column => Essex.Number("Scorecard", column + row)));
        Assert.Equal("0.0", Essex.Format("Scorecard", "C" + row));
    }

    [Fact]
    public void Write_DurationsAsDayFractions()
    {
        // 614 s is 10:14; the difference 518 - 614 = -96 s is -01:36.
        var row = Essex.RowOf("Scorecard", "CCC 101 Average wait time (mm:ss)");

        Assert.Equal(614 / 86_400.0, Essex.Number("Scorecard", "C" + row));
        Assert.Equal(-96 / 86_400.0, Essex.Number("Scorecard", "E" + row));
        Assert.Equal("[mm]:ss", Essex.Format("Scorecard", "E" + row));
    }

    [Fact]
    public void Write_Uses1904DateSystem()
    {
        Assert.True(Essex.Date1904);
    }

    [Fact]
    public void Write_NotAvailableIsTextWithNoteMarker()
    {
        var row = Essex.RowOf("Scorecard", "Number of knife-enabled crime offences");

        Assert.Equal("n/a", Essex.Text("Scorecard", "B" + row));
        Assert.Equal("a", Essex.Text("Scorecard", "I" + row));
    }

    [Fact]
    public void Write_HiddenDifferenceIsDash()
    {
        Assert.Equal("-", Essex.Text("Scorecard", "F" + Essex.RowOf("Scorecard", "Number of drug related homicides")));
    }

    [Fact]
    public void Write_DirectionWithArrowAndMethod()
    {
        var row = Essex.RowOf("Scorecard", "Number of homicides");

        Assert.Equal("\u25BC Deteriorating", Essex.Text("Scorecard", "G" + row));
        Assert.Equal("M1", Essex.Text("Scorecard", "H" + row));
    }

    [Fact]
    public void Write_FootnotesAsSuperscriptRun()
    {
        var cell = Essex.Cell("Scorecard", "A" + Essex.RowOf("Scorecard", "Number of drug related homicides"));
        var superscript = cell.InlineString!.Elements<Run>().Single(run => run.RunProperties?.GetFirstChild<VerticalTextAlignment>() is not null);

        Assert.Equal(" 2,6", superscript.Text!.Text);
    }

    [Fact]
    public void Write_IntervalRowUnderSurvey()
    {
        var row = Surveys.RowOf("Scorecard", TestReports.ConfidenceLabel) + 1;

        Assert.StartsWith("Confidence Interval", Surveys.Text("Scorecard", "A" + row));
        Assert.Equal([1.1, 1.0, 1.0], new[] { "B", "C", "D" }.Select(column => Surveys.Number("Scorecard", column + row)));
        Assert.Equal("0.0", Surveys.Format("Scorecard", "B" + row));
    }

    [Fact]
    public void Write_IntervalDashWithoutInterval()
    {
        var row = Surveys.RowOf("Scorecard", TestReports.DrugResponseLabel) + 1;

        Assert.Equal("-", Surveys.Text("Scorecard", "B" + row));
    }

    [Fact]
    public void Write_SubgroupAfterLabel()
    {
        Assert.EndsWith("\u2013 Non-Victims", Surveys.Text("Scorecard", "A" + Surveys.RowOf("Scorecard", TestReports.VictimsLabel + " 4 \u2013 Non")));
    }

    [Fact]
    public void Write_SecondMethodMarker()
    {
        Assert.Equal("M2", Surveys.Text("Scorecard", "H" + Surveys.RowOf("Scorecard", TestReports.VictimsLabel + " 4 \u2013 Non")));
    }

    [Fact]
    public void Write_HeaderFrozen()
    {
        var pane = Essex.Worksheet("Scorecard").Descendants<Pane>().Single();

        Assert.Equal(4.0, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
    }

    [Fact]
    public void Write_HeaderRepeatedOnPrintedPages()
    {
        Assert.Contains(Essex.DefinedNames, name => name is ("_xlnm.Print_Titles", "'Scorecard'!$4:$4"));
    }

    [Fact]
    public void Write_PageBreakBeforeEachLaterPriority()
    {
        var breaks = Essex.Worksheet("Scorecard").Descendants<Break>().Select(entry => entry.Id!.Value + 1).ToList();
        var bands = new[] { "Priority 2 - Reducing drug driven violence", "Priority 3 - Protecting vulnerable people & breaking the cycle of domestic abuse" }
            .Select(label => Essex.RowOf("Scorecard", label));

        Assert.Equal(bands, breaks);
    }

    [Fact]
    public void Write_FootnotesUnderTable()
    {
        var footnote = Essex.RowOf("Scorecard", "6   Drug-related homicides");

        Assert.True(footnote > Essex.RowOf("Scorecard", "Number of dog thefts solved"));
    }

    [Fact]
    public void Write_IndicatorSheetHasMonthlySeries()
    {
        // The trend's first month, Jun 2021, is day 42,520 of the 1904 system (1904-01-01 is day 0).
        Assert.Equal("Month", Essex.Text("all-crime", "A4"));
        Assert.Equal(new DateOnly(2021, 6, 1).DayNumber - new DateOnly(1904, 1, 1).DayNumber, Essex.Number("all-crime", "A5"));
        Assert.Equal("mmm yyyy", Essex.Format("all-crime", "A5"));
        Assert.Equal(TestReports.Essex().Rows.First().Trend[0].Value, Essex.Number("all-crime", "B5"));
        Assert.Equal(new DateOnly(2024, 5, 1).DayNumber - new DateOnly(1904, 1, 1).DayNumber, Essex.Number("all-crime", "A40"));
    }

    [Fact]
    public void Write_IndicatorSheetGapIsBlank()
    {
        Assert.Null(Essex.CellOrNull("children", "B40"));
        Assert.Equal("no value", Essex.Text("children", "F40"));
    }

    [Fact]
    public void Write_IndicatorSheetHasLimits()
    {
        var mean = Essex.Number("all-crime", "C5");
        var lower = Essex.Number("all-crime", "D5");
        var upper = Essex.Number("all-crime", "E5");

        Assert.True(lower < mean && mean < upper, $"Limits {lower}, {mean}, {upper} are out of order.");
    }

    [Fact]
    public void Write_NotesSheetHasProvenanceAndCoverage()
    {
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Essex.Text("Data notes", "B" + Essex.RowOf("Data notes", "Plan file SHA-256")));
        var coverage = Essex.RowOf("Data notes", "police.uk street-level crimes");
        Assert.Equal("4 (Jul 2019 to Sep 2019, Jan 2020)", Essex.Text("Data notes", "E" + coverage));
        Assert.Equal(1_234_567, Essex.Number("Data notes", "F" + coverage));
    }

    [Fact]
    public void Write_SummarySheetStartsWithOverview()
    {
        Assert.Equal("Overview", Essex.Text("Summary", "A4"));
        Assert.StartsWith("Compared with the 12 months to May 2023", Essex.Text("Summary", "A5"));
    }

    [Theory]
    [InlineData("all-crime", "all-crime")]
    [InlineData("a:b/c?d*e[f]g\\h", "a-b-c-d-e-f-g-h")]
    [InlineData("an-indicator-id-that-is-far-too-long-for-a-tab", "an-indicator-id-that-is-far-too")]
    [InlineData("Summary", "Summary-2")]
    public void UniqueSheetName_CleansAndShortens(string id, string expected)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Scorecard", "Summary" };

        Assert.Equal(expected, XlsxScorecardWriter.UniqueSheetName(id, taken));
    }

    /// <summary>A workbook written to memory and opened for reading.</summary>
    internal sealed class Workbook
    {
        private readonly SpreadsheetDocument _document;

        private Workbook(SpreadsheetDocument document) => _document = document;

        public static Workbook Of(ScorecardReport report)
        {
            var stream = new MemoryStream();
            new XlsxScorecardWriter().Write(report, stream);
            stream.Position = 0;
            return new Workbook(SpreadsheetDocument.Open(stream, false));
        }

        public List<string> SheetNames => Sheets.Select(sheet => sheet.Name!.Value!).ToList();

        public bool Date1904 => _document.WorkbookPart!.Workbook.WorkbookProperties?.Date1904?.Value ?? false;

        public IEnumerable<(string Name, string Value)> DefinedNames =>
            _document.WorkbookPart!.Workbook.DefinedNames?.Elements<DefinedName>().Select(name => (name.Name!.Value!, name.Text)) ?? [];

        private IEnumerable<Sheet> Sheets => _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>();

        public Worksheet Worksheet(string name)
        {
            var sheet = Sheets.Single(candidate => candidate.Name == name);
            return ((WorksheetPart)_document.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet;
        }

        public Cell? CellOrNull(string sheet, string reference) =>
            Worksheet(sheet).Descendants<Cell>().SingleOrDefault(cell => cell.CellReference == reference);

        public Cell Cell(string sheet, string reference) =>
            CellOrNull(sheet, reference) ?? throw new InvalidOperationException($"{sheet}!{reference} is empty.");

        /// <summary>Returns the text of an inline-string cell, runs joined.</summary>
        public string Text(string sheet, string reference)
        {
            var cell = Cell(sheet, reference);
            Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
            return cell.InlineString!.InnerText;
        }

        /// <summary>Returns the value of a number cell, failing when the cell contains text.</summary>
        public double Number(string sheet, string reference)
        {
            var cell = Cell(sheet, reference);
            Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{sheet}!{reference} is not a number.");
            return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        }

        /// <summary>Returns the number format code of a cell.</summary>
        public string Format(string sheet, string reference)
        {
            var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)Cell(sheet, reference).StyleIndex!.Value);
            var id = format.NumberFormatId!.Value;
            if (id == 3)
            {
                return "#,##0";
            }

            return styles.NumberingFormats!.Elements<NumberingFormat>().Single(entry => entry.NumberFormatId! == id).FormatCode!.Value!;
        }

        public string[] Merges(string sheet) =>
            Worksheet(sheet).Descendants<MergeCell>().Select(merge => merge.Reference!.Value!).ToArray();

        /// <summary>Returns the row whose column A text starts with <paramref name="start"/>.</summary>
        public uint RowOf(string sheet, string start) =>
            Worksheet(sheet).Descendants<Cell>()
                .Where(cell => cell.CellReference!.Value!.StartsWith('A') && cell.DataType?.Value == CellValues.InlineString)
                .Where(cell => cell.InlineString!.InnerText.StartsWith(start, StringComparison.Ordinal))
                .Select(cell => uint.Parse(cell.CellReference!.Value![1..], CultureInfo.InvariantCulture))
                .First();

        /// <summary>Returns every cell's reference and value, text or number, for comparing two workbooks.</summary>
        public IEnumerable<string> AllCells() =>
            Sheets.SelectMany(sheet => Worksheet(sheet.Name!.Value!).Descendants<Cell>()
                .Select(cell => $"{sheet.Name}!{cell.CellReference}={cell.DataType?.Value}:{cell.InlineString?.InnerText ?? cell.CellValue?.Text}"));
    }
}
