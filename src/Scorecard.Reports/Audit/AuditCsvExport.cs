using System.Globalization;
using System.Text;
using Scorecard.Core.Comparison;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Writes the recovered scorecard as clean CSV rows, one per indicator, in the column layout set
/// out in docs/audit-export.md: RFC 4180 quoting, CRLF line ends, UTF-8 without a byte order mark.
/// </summary>
public static class AuditCsvExport
{
    /// <summary>Returns the header cells for a scorecard with <paramref name="periods"/> period columns.</summary>
    public static IReadOnlyList<string> Columns(int periods)
    {
        var columns = new List<string> { "priority_number", "priority_title", "indicator", "footnotes", "sub_group", "unit", "polarity" };
        for (var period = 1; period <= periods; period++)
        {
            columns.AddRange([$"period_{period}_label", $"period_{period}_end", $"period_{period}_months", $"period_{period}_value", $"period_{period}_half_width"]);
        }

        columns.AddRange(["number_difference", "percent_difference", "direction", "source_line"]);
        return columns;
    }

    /// <summary>Writes <paramref name="report"/>'s indicators to <paramref name="path"/>, replacing the file.</summary>
    public static void Write(AuditReport report, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(report, writer);
    }

    /// <summary>Writes <paramref name="report"/>'s indicators to <paramref name="writer"/>.</summary>
    public static void Write(AuditReport report, TextWriter writer)
    {
        var periods = report.Scorecard.Header.Periods;
        WriteRow(writer, Columns(periods.Count));

        foreach (var audit in report.Indicators)
        {
            var indicator = audit.Indicator;
            var cells = new List<string>
            {
                indicator.PriorityNumber.ToString(CultureInfo.InvariantCulture),
                indicator.PriorityTitle,
                indicator.Label,
                string.Join(";", indicator.Footnotes),
                indicator.SubGroup ?? "",
                AuditTokens.Of(audit.Profile.Unit),
                AuditTokens.Of(audit.Profile.Polarity),
            };

            for (var i = 0; i < periods.Count; i++)
            {
                var window = periods[i].Window;
                cells.Add(periods[i].Label);
                cells.Add(window?.Last.ToString() ?? "");
                cells.Add(window?.MonthCount.ToString(CultureInfo.InvariantCulture) ?? "");
                cells.Add(AuditTokens.Plain(audit.Values[i]));
                cells.Add(AuditTokens.Plain(audit.HalfWidths[i]));
            }

            cells.Add(AuditTokens.Plain(audit.NumberDifference));
            cells.Add(AuditTokens.Plain(audit.PercentDifference));
            cells.Add(audit.Direction is { } direction and not Direction.NotAvailable ? DirectionText.Format(direction) : "");
            cells.Add(indicator.Line.ToString(CultureInfo.InvariantCulture));
            WriteRow(writer, cells);
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(",", cells.Select(Quote)));
        writer.Write("\r\n");
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
