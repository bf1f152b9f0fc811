using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Excel;

/// <summary>
/// Writes a scorecard as an Excel workbook (XLSX): a Scorecard sheet laid out like the HTML table,
/// a Summary sheet, a Data notes sheet with notes, coverage and provenance, and one sheet per
/// indicator with its monthly series and XmR limits.
/// </summary>
/// <remarks>
/// Figures are numbers with number formats, never text: counts #,##0, percentages, scores, days,
/// rates and % differences 0.0, durations as fractions of a day in [mm]:ss. On the Scorecard sheet
/// they are rounded as published, so the sheet shows and sums exactly what the HTML and PDF show;
/// the indicator sheets keep unrounded monthly values. The workbook uses the 1904 date system so that
/// Excel can show a negative duration difference, such as -01:36, which the 1900 system shows as ####.
/// </remarks>
public sealed partial class XlsxScorecardWriter : IScorecardOutput
{
    /// <summary>Name of the first sheet.</summary>
    public const string ScorecardSheetName = "Scorecard";

    /// <summary>Name of the summary sheet.</summary>
    public const string SummarySheetName = "Summary";

    /// <summary>Name of the notes, coverage and provenance sheet.</summary>
    public const string NotesSheetName = "Data notes";

    /// <inheritdoc />
    public string FormatName => "xlsx";

    /// <inheritdoc />
    public string FileExtension => ".xlsx";

    /// <inheritdoc />
    public Task WriteFileAsync(ScorecardReport report, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite);
        Write(report, stream);
        return Task.CompletedTask;
    }

    /// <summary>Writes the workbook of <paramref name="report"/> to <paramref name="stream"/>, which must be readable and seekable.</summary>
    public void Write(ScorecardReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var sheets = new List<XlsxSheet>
        {
            ScorecardSheet(report),
            SummarySheet(report),
            NotesSheet(report),
        };
        sheets.AddRange(IndicatorSheets(report, sheets.Select(sheet => sheet.Name)));

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        SetProperties(document, report);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();

        var workbook = new Workbook();
        workbook.Append(new WorkbookProperties { Date1904 = true });
        workbook.Append(new BookViews(new WorkbookView { ActiveTab = 0 }));
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = sheets[i].Build();
            sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            if (sheets[i].PrintTitleRow > 0)
            {
                var row = sheets[i].PrintTitleRow;
                definedNames.Append(new DefinedName($"'{sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!${row}:${row}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }

        workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        workbook.Append(new CalculationProperties { CalculationId = 191029 });
        workbookPart.Workbook = workbook;

        // The first sheet opens selected.
        var firstView = workbookPart.WorksheetParts.First(part => workbookPart.GetIdOfPart(part) == sheetList.Elements<Sheet>().First().Id!.Value)
            .Worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!;
        firstView.TabSelected = true;
    }

    private static void SetProperties(SpreadsheetDocument document, ScorecardReport report)
    {
        var properties = document.PackageProperties;
        properties.Title = $"{report.Plan.Name} - {ScorecardFormatter.FormatSubtitle(report)}";
        properties.Creator = $"Scorecard {report.Provenance.ScorecardVersion}";
        properties.Created = report.Provenance.GeneratedAt.UtcDateTime;
        properties.Modified = report.Provenance.GeneratedAt.UtcDateTime;
    }
}
