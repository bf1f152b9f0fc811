using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Excel;

/// <summary>The sheets of the scorecard workbook.</summary>
public sealed partial class XlsxScorecardWriter
{
    /// <summary>Row of the Scorecard sheet's column headings; the rows above it are the title.</summary>
    public const uint HeaderRow = 4;

    /// <summary>Columns of the Scorecard sheet.</summary>
    private const int IndicatorColumn = 1, FirstValueColumn = 2, NumberDifferenceColumn = 5, PercentDifferenceColumn = 6,
        DirectionColumn = 7, MethodColumn = 8, NotesColumn = 9, LastColumn = 9;

    private static readonly double[] ScorecardWidths = [62, 13, 13, 13, 13, 12, 18, 9, 9];

    private static readonly DateOnly Epoch1904 = new(1904, 1, 1);

    private static XlsxSheet ScorecardSheet(ScorecardReport report)
    {
        var sheet = new XlsxSheet(ScorecardSheetName)
        {
            ColumnWidths = ScorecardWidths,
            FrozenRows = HeaderRow,
            PrintTitleRow = HeaderRow,
            Landscape = true,
        };
        var windows = report.Windows;
        var headings = ScorecardFormatter.Headings(windows);
        var methods = MethodKey.For(report);

        sheet.Text(1, 1, report.Plan.Name, XlsxStyle.Title);
        sheet.Text(2, 1, ScorecardFormatter.FormatSubtitle(report), XlsxStyle.Subtitle);
        sheet.Text(3, 1,
            $"The {windows.Current.Label} compared with the {windows.Previous.Label}, with the {windows.Baseline.Label} as a baseline. " +
            "Priorities are the shaded bands.",
            XlsxStyle.Subtitle);

        string[] header =
        [
            headings.Indicator, headings.Baseline, headings.Previous, headings.Current,
            headings.NumberDifference, headings.PercentDifference, headings.Direction, "Method", "Notes",
        ];
        for (var column = 1; column <= header.Length; column++)
        {
            var style = column is >= FirstValueColumn and <= PercentDifferenceColumn ? XlsxStyle.HeaderNumber : XlsxStyle.Header;
            sheet.Text(HeaderRow, column, header[column - 1], style);
        }

        sheet.Height(HeaderRow, 40);
        var row = HeaderRow + 1;
        foreach (var priority in report.Priorities)
        {
            if (row > HeaderRow + 1)
            {
                sheet.PageBreakBefore(row);
            }

            sheet.Text(row, 1, ScorecardFormatter.FormatPriority(priority.Priority), XlsxStyle.PriorityBand);
            for (var column = 2; column <= LastColumn; column++)
            {
                sheet.Blank(row, column, XlsxStyle.PriorityBand);
            }

            sheet.Merge(row, 1, LastColumn);
            sheet.Height(row, 16);
            row++;

            if (priority.Rows.Count == 0)
            {
                sheet.Text(row, 1, "This priority has no indicators.", XlsxStyle.IntervalLabel);
                row++;
                continue;
            }

            foreach (var indicatorRow in priority.Rows)
            {
                row = WriteIndicatorRow(sheet, row, priority.Priority, indicatorRow, methods);
            }
        }

        WriteScorecardNotes(sheet, row + 1, report, methods);
        return sheet;
    }

    private static uint WriteIndicatorRow(XlsxSheet sheet, uint row, Priority priority, IndicatorRow indicatorRow, MethodKey methods)
    {
        var formatted = ScorecardFormatter.FormatRow(priority, indicatorRow);
        var unit = indicatorRow.Indicator.Unit;
        sheet.RichText(row, IndicatorColumn, formatted.Indicator, ScorecardFormatter.FormatFootnoteNumbers(formatted.Footnotes).Replace(" ", "", StringComparison.Ordinal), formatted.Subgroup, XlsxStyle.Label);
        FitHeight(sheet, row, formatted.Indicator.Length + (formatted.Subgroup?.Length ?? 0) + 6, ScorecardWidths[0]);

        for (var i = 0; i < 3; i++)
        {
            var value = indicatorRow.Values[i].Value;
            if (value is { } number)
            {
                sheet.Number(row, FirstValueColumn + i, Displayed(number, unit), XlsxStyles.ForUnit(unit));
            }
            else
            {
                sheet.Text(row, FirstValueColumn + i, ScorecardFormatter.NotAvailableText, XlsxStyle.TextNumber);
            }
        }

        if (indicatorRow.Differences.Number is { } difference)
        {
            sheet.Number(row, NumberDifferenceColumn, Displayed(difference, unit), XlsxStyles.ForUnit(unit));
        }
        else
        {
            sheet.Text(row, NumberDifferenceColumn, ScorecardFormatter.NotShownText, XlsxStyle.TextNumber);
        }

        if (indicatorRow.Differences.Percent is { } percent)
        {
            sheet.Number(row, PercentDifferenceColumn, (double)ScorecardFormatter.Round(percent, 1), XlsxStyle.Decimal);
        }
        else
        {
            sheet.Text(row, PercentDifferenceColumn, ScorecardFormatter.NotShownText, XlsxStyle.TextNumber);
        }

        sheet.Text(row, DirectionColumn, DirectionStyle.For(indicatorRow.Direction).Label, XlsxStyles.ForDirection(indicatorRow.Direction));
        sheet.Text(row, MethodColumn, methods.For(indicatorRow.DirectionMethod).Marker, XlsxStyle.Marker);
        var markers = formatted.Values.Select(value => value.NoteMarker).OfType<string>().Distinct(StringComparer.Ordinal);
        sheet.Text(row, NotesColumn, string.Join(", ", markers), XlsxStyle.Marker);
        row++;

        if (formatted.Interval is { } interval)
        {
            sheet.RichText(row, IndicatorColumn, ScorecardFormatter.IntervalRowLabel, ScorecardFormatter.FormatFootnoteNumbers(interval.Footnotes).Replace(" ", "", StringComparison.Ordinal), null, XlsxStyle.IntervalLabel, italic: true);
            for (var i = 0; i < 3; i++)
            {
                if (indicatorRow.Values[i].Interval is { } confidence)
                {
                    sheet.Number(row, FirstValueColumn + i, (double)ScorecardFormatter.Round(confidence.HalfWidth, 1), XlsxStyle.IntervalNumber);
                }
                else
                {
                    sheet.Text(row, FirstValueColumn + i, ScorecardFormatter.NotShownText, XlsxStyle.IntervalText);
                }
            }

            for (var column = NumberDifferenceColumn; column <= LastColumn; column++)
            {
                sheet.Blank(row, column, XlsxStyle.Label);
            }

            row++;
        }

        return row;
    }

    private static void WriteScorecardNotes(XlsxSheet sheet, uint row, ScorecardReport report, MethodKey methods)
    {
        var legend =
            "Direction of travel: " + string.Join(", ", DirectionStyle.All.Select(style => style.Label)) + ". " +
            "Arrows show whether performance got better or worse for the indicator, not whether the number rose or fell. " +
            "Method gives the marker of the method that decided the direction (listed below); Notes gives the data notes of values that are not available. " +
            "Differences are the current 12 months minus the previous 12 months, worked out before rounding; differences of percentages are in percentage points. " +
            "\"-\" means the difference is not shown. A Confidence Interval row gives the half-width of each year's 95% confidence interval in percentage points. " +
            "Figures are rounded as published; the indicator sheets and the JSON output keep unrounded values.";
        row = Paragraph(sheet, row, legend);

        row = NoteList(sheet, row + 1, "Footnotes", report.Plan.Footnotes.OrderBy(footnote => footnote.Key)
            .Select(footnote => ($"{footnote.Key}", footnote.Value)));
        row = NoteList(sheet, row, "Data notes", report.DataNotes.Select(note => (note.Marker, note.Text)));
        NoteList(sheet, row, "Method notes", methods.Methods.Select(method => (method.Marker, method.Note))
            .Concat(methods.OtherNotes.Select(note => ("", note))));
    }

    private static uint NoteList(XlsxSheet sheet, uint row, string heading, IEnumerable<(string Marker, string Text)> notes)
    {
        var list = notes.ToList();
        if (list.Count == 0)
        {
            return row;
        }

        sheet.Text(row, 1, heading, XlsxStyle.SectionHeading);
        row++;
        foreach (var (marker, text) in list)
        {
            row = Paragraph(sheet, row, marker.Length == 0 ? text : $"{marker}   {text}");
        }

        return row + 1;
    }

    // Text merged across the table's width, wrapped, with the row tall enough for its lines.
    private static uint Paragraph(XlsxSheet sheet, uint row, string text)
    {
        sheet.Text(row, 1, text, XlsxStyle.Wrapped);
        sheet.Merge(row, 1, LastColumn);
        FitHeight(sheet, row, text.Length, ScorecardWidths.Sum());
        return row + 1;
    }

    private static XlsxSheet SummarySheet(ScorecardReport report)
    {
        const double width = 130;
        var sheet = new XlsxSheet(SummarySheetName) { ColumnWidths = [width], Landscape = true };
        sheet.Text(1, 1, $"{report.Plan.Name}: summary", XlsxStyle.Title);
        sheet.Text(2, 1, ScorecardFormatter.FormatSubtitle(report), XlsxStyle.Subtitle);
        var row = 4u;
        foreach (var section in ScorecardSummaryWriter.Write(report).Sections)
        {
            sheet.Text(row++, 1, section.Heading, XlsxStyle.SectionHeading);
            var lines = section.Lead is null ? section.Bullets.Select(bullet => "\u2022 " + bullet) : section.Bullets.Select(bullet => "\u2022 " + bullet).Prepend(section.Lead);
            foreach (var line in lines)
            {
                sheet.Text(row, 1, line, XlsxStyle.Wrapped);
                FitHeight(sheet, row, line.Length, width);
                row++;
            }

            row++;
        }

        return sheet;
    }

    private static XlsxSheet NotesSheet(ScorecardReport report)
    {
        var sheet = new XlsxSheet(NotesSheetName) { ColumnWidths = [34, 16, 14, 14, 44, 14], Landscape = true };
        const int last = 6;
        const double textWidth = 34 + 16 + 14 + 14 + 44 + 14;
        sheet.Text(1, 1, $"{report.Plan.Name}: notes, coverage and provenance", XlsxStyle.Title);
        sheet.Text(2, 1, ScorecardFormatter.FormatSubtitle(report), XlsxStyle.Subtitle);
        var row = 4u;

        void Heading(string text) => sheet.Text(row++, 1, text, XlsxStyle.SectionHeading);
        void Item(string key, string text)
        {
            sheet.Text(row, 1, key, XlsxStyle.Default);
            sheet.Text(row, 2, text, XlsxStyle.Wrapped);
            sheet.Merge(row, 2, last);
            FitHeight(sheet, row, text.Length, textWidth - 34);
            row++;
        }

        Heading("About the figures");
        Item("Rounding", "Figures on the Scorecard sheet are rounded as published, so they match the HTML and PDF scorecards. The indicator sheets keep unrounded monthly values; the JSON output keeps every unrounded value and its components.");
        Item("Durations", "Durations are stored as fractions of a day and shown as mm:ss. The workbook uses the 1904 date system so that negative durations can be shown.");
        row++;

        Heading("Footnotes");
        foreach (var (number, text) in report.Plan.Footnotes.OrderBy(footnote => footnote.Key))
        {
            Item($"{number}", text);
        }

        row++;
        Heading("Data notes");
        if (report.DataNotes.Count == 0)
        {
            Item("", "Every value in the scorecard is available.");
        }

        foreach (var note in report.DataNotes)
        {
            Item(note.Marker, note.Text);
        }

        row++;
        Heading("Method notes");
        var methods = MethodKey.For(report);
        foreach (var method in methods.Methods)
        {
            Item(method.Marker, method.Note);
        }

        foreach (var note in methods.OtherNotes)
        {
            Item("", note);
        }

        row++;
        Heading("Data coverage");
        string[] coverageHeader = ["Source", "Force", "First month", "Last month", "Months missing", "Rows"];
        for (var column = 1; column <= coverageHeader.Length; column++)
        {
            sheet.Text(row, column, coverageHeader[column - 1], column == 6 ? XlsxStyle.ColumnHeadingNumber : XlsxStyle.ColumnHeading);
        }

        row++;
        foreach (var source in report.Coverage)
        {
            var formatted = ScorecardFormatter.FormatCoverage(source);
            sheet.Text(row, 1, source.Source, XlsxStyle.Wrapped);
            sheet.Text(row, 2, source.Force);
            MonthOrDash(sheet, row, 3, source.FirstMonth);
            MonthOrDash(sheet, row, 4, source.LastMonth);
            sheet.Text(row, 5, formatted.MissingMonths, XlsxStyle.Wrapped);
            sheet.Number(row, 6, source.Rows, XlsxStyle.PlainCount);
            FitHeight(sheet, row, Math.Max(source.Source.Length * 44 / 34, formatted.MissingMonths.Length), 44);
            row++;
        }

        if (report.Coverage.Count == 0)
        {
            sheet.Text(row++, 1, "No data source is recorded for this report.");
        }

        row++;
        var provenance = report.Provenance;
        Heading("Provenance");
        Item("Plan", report.Plan.Name);
        Item("Plan file", provenance.PlanFile);
        Item("Plan file SHA-256", provenance.PlanSha256);
        Item("Scorecard version", provenance.ScorecardVersion);
        Item("Date generated", ScorecardFormatter.FormatGeneratedAt(provenance.GeneratedAt));
        Item("Licence", ScorecardFormatter.LicenceStatement(report));
        return sheet;
    }

    private static IEnumerable<XlsxSheet> IndicatorSheets(ScorecardReport report, IEnumerable<string> takenNames)
    {
        var taken = new HashSet<string>(takenNames, StringComparer.OrdinalIgnoreCase) { "History" };
        var methods = MethodKey.For(report);
        foreach (var row in report.Rows)
        {
            var indicator = row.Indicator;
            var sheet = new XlsxSheet(UniqueSheetName(indicator.Id, taken))
            {
                ColumnWidths = [12, 14, 12, 14, 14, 30],
                FrozenRows = 4,
                PrintTitleRow = 4,
                Landscape = true,
            };
            var title = ScorecardFormatter.FormatLabelWithSubgroup(indicator.Label, indicator.Subgroup);
            sheet.Text(1, 1, title, XlsxStyle.Title);
            sheet.Text(2, 1,
                $"Unit: {ScorecardFormatter.FormatUnit(indicator.Unit)}; {ScorecardFormatter.FormatPolarity(indicator.Polarity)}; " +
                $"direction method {methods.For(row.DirectionMethod).Marker}. Monthly values, unrounded, with the mean and process limits of their XmR chart.",
                XlsxStyle.Subtitle);

            // The limit columns hold the limits as charts show them, so a count's lower limit is never below 0;
            // row 3 gives the calculated value of each limit truncated at a bound.
            var trend = IndicatorTrend.For(row);
            var truncated = trend.Chart.Segments
                .Where(segment => segment.Limits is not null)
                .SelectMany(segment => TruncatedLimitsNote.Describe(segment.Limits!, value => ScorecardFormatter.FormatValue(value, indicator.Unit)))
                .ToList();
            if (truncated.Count > 0)
            {
                sheet.Text(3, 1, string.Join(" ", truncated), XlsxStyle.Subtitle);
            }

            string[] header = ["Month", "Value", "Mean", "Lower process limit", "Upper process limit", "SPC"];
            for (var column = 1; column <= header.Length; column++)
            {
                sheet.Text(4, column, header[column - 1], column is >= 2 and <= 5 ? XlsxStyle.ColumnHeadingNumber : XlsxStyle.ColumnHeading);
            }

            sheet.Height(4, 27);
            var line = 5u;
            var valueStyle = XlsxStyles.ForUnit(indicator.Unit, plain: true);
            foreach (var point in trend.Chart.Points)
            {
                sheet.Number(line, 1, MonthSerial(point.Month), XlsxStyle.Month);
                if (point.Value is { } value)
                {
                    sheet.Number(line, 2, Stored(value, indicator.Unit), valueStyle);
                }

                if (point.Limits is { } limits)
                {
                    sheet.Number(line, 3, Stored(limits.Centre, indicator.Unit), valueStyle);
                    sheet.Number(line, 4, Stored(limits.LowerShown, indicator.Unit), valueStyle);
                    sheet.Number(line, 5, Stored(limits.UpperShown, indicator.Unit), valueStyle);
                }

                sheet.Text(line, 6, HtmlScorecardRenderer.SpcPointText(point.Type));
                line++;
            }

            yield return sheet;
        }
    }

    /// <summary>Returns a sheet name from <paramref name="id"/>: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.</summary>
    public static string UniqueSheetName(string id, HashSet<string> taken)
    {
        var cleaned = new string(id.Select(character => character is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : character).ToArray()).Trim('\'');
        if (cleaned.Length == 0)
        {
            cleaned = "indicator";
        }

        var name = cleaned.Length > 31 ? cleaned[..31] : cleaned;
        for (var copy = 2; !taken.Add(name); copy++)
        {
            var suffix = $"-{copy}";
            name = (cleaned.Length + suffix.Length > 31 ? cleaned[..(31 - suffix.Length)] : cleaned) + suffix;
        }

        return name;
    }

    /// <summary>Returns the cell value of a figure rounded as displayed; durations become fractions of a day.</summary>
    internal static double Displayed(double value, Unit unit)
    {
        var rounded = (double)ScorecardFormatter.Round(value, ScorecardFormatter.DecimalPlaces(unit));
        return unit == Unit.DurationSeconds ? rounded / 86_400 : rounded;
    }

    // Unrounded, with durations as fractions of a day.
    private static double Stored(double value, Unit unit) => unit == Unit.DurationSeconds ? value / 86_400 : value;

    /// <summary>Returns the 1904-system serial number of the month's first day.</summary>
    internal static double MonthSerial(ReportMonth month) => month.FirstDay.DayNumber - Epoch1904.DayNumber;

    private static void MonthOrDash(XlsxSheet sheet, uint row, int column, ReportMonth? month)
    {
        if (month is { } value)
        {
            sheet.Number(row, column, MonthSerial(value), XlsxStyle.Month);
        }
        else
        {
            sheet.Text(row, column, ScorecardFormatter.NotShownText);
        }
    }

    // Excel and LibreOffice do not grow a row for wrapped text written by a program, so the height is estimated: 12.75 points a line.
    private static void FitHeight(XlsxSheet sheet, uint row, int characters, double widthInCharacters)
    {
        var lines = Math.Max(1, (int)Math.Ceiling(characters / (widthInCharacters * 1.1)));
        if (lines > 1)
        {
            sheet.Height(row, lines * 12.75 + 2);
        }
    }
}
