using System.Text;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// Writes a scorecard as CSV (RFC 4180): one header row, then one row per indicator in published order,
/// then an empty line and the report's notes, coverage and provenance as rows of section, name and
/// value. Every line ends in CRLF.
/// </summary>
/// <remarks>
/// Columns: priority, indicator id, indicator, footnotes, unit, polarity, the three window values,
/// number difference, % difference, direction, notes, sub-group, direction method and the half-width
/// of each window's confidence interval. The later columns come last so that the first thirteen keep
/// their positions for existing readers. Window and difference headings are the
/// generated labels of the HTML table. Figures are rounded as displayed but have no thousands separators,
/// so that spreadsheets read them as numbers; durations stay mm:ss. A value that is not available
/// is an empty cell and its data note appears in the notes column. A difference that is not shown is "-".
/// </remarks>
public sealed class CsvScorecardRenderer : IScorecardRenderer
{
    private const string LineEnd = "\r\n";

    /// <inheritdoc />
    public string FormatName => "csv";

    /// <inheritdoc />
    public string FileExtension => ".csv";

    /// <inheritdoc />
    public void Render(ScorecardReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var headings = ScorecardFormatter.Headings(report.Windows);
        var notesByMarker = report.DataNotes.ToDictionary(note => note.Marker, note => note.Text, StringComparer.Ordinal);

        WriteRecord(writer,
        [
            "priority", "indicator id", "indicator", "footnotes", "unit", "polarity",
            headings.Baseline, headings.Previous, headings.Current,
            headings.NumberDifference, headings.PercentDifference, headings.Direction, "notes",
            "subgroup", "direction method",
            .. headings.Windows.Select(window => $"confidence interval half-width {window}"),
        ]);

        foreach (var priority in report.Priorities)
        {
            foreach (var indicatorRow in priority.Rows)
            {
                var row = ScorecardFormatter.FormatRow(priority.Priority, indicatorRow, NumberGrouping.None);
                var indicator = indicatorRow.Indicator;
                var fields = new List<string>
                {
                    Text(row.Priority),
                    Text(row.IndicatorId),
                    Text(row.Indicator),
                    ScorecardFormatter.FormatFootnoteNumbers(row.Footnotes),
                    ScorecardFormatter.FormatUnit(indicator.Unit),
                    ScorecardFormatter.FormatPolarity(indicator.Polarity),
                };
                fields.AddRange(row.Values.Select(value => value.IsAvailable ? value.Text : ""));
                fields.Add(row.NumberDifference);
                fields.Add(row.PercentDifference);
                fields.Add(ScorecardFormatter.FormatDirection(row.Direction));
                fields.Add(Text(Notes(row, notesByMarker)));
                fields.Add(Text(row.Subgroup ?? ""));
                fields.Add(Text(row.DirectionMethod));
                fields.AddRange(row.Interval is { } interval ? interval.HalfWidths : ["", "", ""]);
                WriteRecord(writer, fields);
            }
        }

        WriteMetadata(writer, report);
    }

    // Rows of section, name and value after an empty line, so the file carries its notes and provenance.
    private static void WriteMetadata(TextWriter writer, ScorecardReport report)
    {
        writer.Write(LineEnd);
        WriteRecord(writer, ["section", "name", "value"]);
        foreach (var (number, text) in report.Plan.Footnotes.OrderBy(footnote => footnote.Key))
        {
            WriteRecord(writer, ["footnote", number.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(text)]);
        }

        foreach (var note in report.DataNotes)
        {
            WriteRecord(writer, ["data note", Text(note.Marker), Text(note.Text)]);
        }

        var methods = MethodKey.For(report);
        foreach (var method in methods.Methods)
        {
            WriteRecord(writer, ["method", method.Marker, Text(method.Note)]);
        }

        foreach (var note in methods.OtherNotes)
        {
            WriteRecord(writer, ["method", "", Text(note)]);
        }

        foreach (var source in report.Coverage)
        {
            var coverage = ScorecardFormatter.FormatCoverage(source);
            WriteRecord(writer,
            [
                "coverage",
                Text($"{coverage.Source} ({coverage.Force})"),
                Text($"first month {coverage.FirstMonth}; last month {coverage.LastMonth}; months missing {coverage.MissingMonths}; rows {coverage.Rows}"),
            ]);
        }

        var provenance = report.Provenance;
        WriteRecord(writer, ["provenance", "plan", Text(report.Plan.Name)]);
        WriteRecord(writer, ["provenance", "force", Text(report.Plan.ForceDisplayName)]);
        WriteRecord(writer, ["provenance", "plan file", Text(provenance.PlanFile)]);
        WriteRecord(writer, ["provenance", "plan file sha-256", provenance.PlanSha256]);
        WriteRecord(writer, ["provenance", "scorecard version", Text(provenance.ScorecardVersion)]);
        WriteRecord(writer, ["provenance", "date generated", ScorecardFormatter.FormatGeneratedAt(provenance.GeneratedAt)]);
        WriteRecord(writer, ["provenance", "licence", ScorecardFormatter.LicenceStatement(report)]);
    }

    // Each marker's note once, in column order, as "a: <note>"; a marker without a note is listed so it is not lost.
    private static string Notes(FormattedRow row, IReadOnlyDictionary<string, string> notesByMarker)
    {
        var markers = row.Values
            .Select(value => value.NoteMarker)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        return string.Join(" ", markers.Select(marker =>
            notesByMarker.TryGetValue(marker, out var text) ? $"{marker}: {text}" : $"{marker}: no note text in the report."));
    }

    /// <summary>
    /// Neutralises text that a spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return)
    /// by prefixing an apostrophe. Only text from the plan and notes passes through here, never a figure.
    /// </summary>
    private static string Text(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write(LineEnd);
    }

    // RFC 4180: a field with a comma, double quote or line break is enclosed in double quotes, and its quotes doubled.
    private static string Quote(string field)
    {
        if (field.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            return field;
        }

        var quoted = new StringBuilder(field.Length + 2);
        quoted.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return quoted.ToString();
    }
}
