using System.Text;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// Writes a scorecard as GitHub-flavoured Markdown: the written summary, the table with the HTML page's
/// columns and rows (confidence-interval rows included), then footnotes, data notes, method notes,
/// data coverage and provenance as lists. The monthly trends and charts are left to the HTML page.
/// </summary>
/// <remarks>
/// A Markdown table cannot span rows, so each priority's label is in the first row of its group
/// and the cells below it are empty, as in the published scorecards. Footnote and note markers are
/// &lt;sup&gt; elements, which GitHub renders. Text from the plan is escaped so that it shows literally.
/// Lines end with "\n" on every platform.
/// </remarks>
public sealed class MarkdownScorecardRenderer : IScorecardRenderer
{
    /// <inheritdoc />
    public string FormatName => "md";

    /// <inheritdoc />
    public string FileExtension => ".md";

    /// <inheritdoc />
    public void Render(ScorecardReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var lines = new List<string>
        {
            $"# {Escape(report.Plan.Name)}",
            "",
            EscapeParagraph(ScorecardFormatter.FormatSubtitle(report)),
            "",
        };

        var methods = MethodKey.For(report);
        AddSummary(lines, Summary.ScorecardSummaryWriter.Write(report), "##");
        AddTable(lines, report, methods);
        AddLegend(lines);
        AddFootnotes(lines, report);
        AddDataNotes(lines, report);
        AddMethodNotes(lines, methods);
        AddCoverage(lines, report);
        AddProvenance(lines, report);
        lines.Add(ScorecardFormatter.LicenceStatement(report));

        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>Adds the summary under a heading of level <paramref name="headingMarks"/>, its sections one level below.</summary>
    internal static void AddSummary(List<string> lines, Summary.ScorecardSummary summary, string headingMarks)
    {
        lines.Add($"{headingMarks} {Summary.ScorecardSummary.Heading}");
        lines.Add("");
        foreach (var section in summary.Sections)
        {
            lines.Add($"{headingMarks}# {Escape(section.Heading)}");
            lines.Add("");
            if (section.Lead is { } lead)
            {
                lines.Add(EscapeParagraph(lead));
                lines.Add("");
            }

            if (section.Bullets.Count > 0)
            {
                lines.AddRange(section.Bullets.Select(bullet => $"- {Escape(bullet)}"));
                lines.Add("");
            }
        }
    }

    private static void AddTable(List<string> lines, ScorecardReport report, MethodKey methods)
    {
        var headings = ScorecardFormatter.Headings(report.Windows);
        lines.Add(TableRow(headings.InColumnOrder.Select(Escape)));
        lines.Add("| :--- | :--- | ---: | ---: | ---: | ---: | ---: | :--- |");

        foreach (var priority in report.Priorities)
        {
            var label = $"**{Escape(ScorecardFormatter.FormatPriority(priority.Priority))}**";
            if (priority.Rows.Count == 0)
            {
                lines.Add(TableRow([label, "This priority has no indicators.", "", "", "", "", "", ""]));
                continue;
            }

            for (var i = 0; i < priority.Rows.Count; i++)
            {
                var row = ScorecardFormatter.FormatRow(priority.Priority, priority.Rows[i]);
                var subgroup = row.Subgroup is null ? "" : $" \u2013 **{Escape(row.Subgroup)}**";
                var cells = new List<string>
                {
                    i == 0 ? label : "",
                    Escape(row.Indicator) + Superscript(FootnoteList(row.Footnotes)) + subgroup,
                };
                cells.AddRange(row.Values.Select(value => Escape(value.Text) + Superscript(value.NoteMarker)));
                cells.Add(Escape(row.NumberDifference));
                cells.Add(Escape(row.PercentDifference));
                cells.Add(Escape(DirectionStyle.For(row.Direction).Label) + Superscript(methods.For(row.DirectionMethod).Marker));
                lines.Add(TableRow(cells));

                if (row.Interval is { } interval)
                {
                    var intervalCells = new List<string> { "", $"*{ScorecardFormatter.IntervalRowLabel}*" + Superscript(FootnoteList(interval.Footnotes)) };
                    intervalCells.AddRange(interval.HalfWidths.Select(Escape));
                    intervalCells.AddRange(["", "", ""]);
                    lines.Add(TableRow(intervalCells));
                }
            }
        }

        lines.Add("");
    }

    private static string FootnoteList(IReadOnlyList<int> footnotes) =>
        ScorecardFormatter.FormatFootnoteNumbers(footnotes).Replace(" ", "", StringComparison.Ordinal);

    private static void AddLegend(List<string> lines)
    {
        lines.Add("Direction of travel: " + string.Join(", ", DirectionStyle.All.Select(style => Escape(style.Label))) + ". " +
                  "Arrows show whether performance got better or worse for the indicator, not whether the number rose or fell. " +
                  "The marker after each direction (M1, M2, ...) names the method that decided it; the method notes list them. " +
                  "A Confidence Interval row gives the half-width of each year's 95% confidence interval in percentage points. " +
                  "Differences are the current 12 months minus the previous 12 months, worked out before rounding; " +
                  "differences of percentages are in percentage points. \"\\-\" means the difference is not shown.");
        lines.Add("");
    }

    private static void AddFootnotes(List<string> lines, ScorecardReport report)
    {
        if (report.Plan.Footnotes.Count == 0)
        {
            return;
        }

        lines.Add("## Footnotes");
        lines.Add("");
        lines.AddRange(report.Plan.Footnotes.OrderBy(footnote => footnote.Key).Select(footnote => $"- {footnote.Key}: {Escape(footnote.Value)}"));
        lines.Add("");
    }

    private static void AddDataNotes(List<string> lines, ScorecardReport report)
    {
        if (report.DataNotes.Count == 0)
        {
            return;
        }

        lines.Add("## Data notes");
        lines.Add("");
        lines.AddRange(report.DataNotes.Select(note => $"- {Escape(note.Marker)}: {Escape(note.Text)}"));
        lines.Add("");
    }

    private static void AddMethodNotes(List<string> lines, MethodKey methods)
    {
        if (methods.Methods.Count == 0 && methods.OtherNotes.Count == 0)
        {
            return;
        }

        lines.Add("## Method notes");
        lines.Add("");
        lines.AddRange(methods.Methods.Select(method => $"- {method.Marker}: {Escape(method.Note)}"));
        lines.AddRange(methods.OtherNotes.Select(note => $"- {Escape(note)}"));
        lines.Add("");
    }

    internal static void AddCoverage(List<string> lines, ScorecardReport report)
    {
        lines.Add("## Data coverage");
        lines.Add("");
        if (report.Coverage.Count == 0)
        {
            lines.Add("No data source is recorded for this report.");
            lines.Add("");
            return;
        }

        foreach (var source in report.Coverage)
        {
            var coverage = ScorecardFormatter.FormatCoverage(source);
            if (source.FirstMonth is null)
            {
                lines.Add($"- {Escape(coverage.Source)}, {Escape(coverage.Force)}: no data loaded, rows {Escape(coverage.Rows)}");
                continue;
            }

            lines.Add(
                $"- {Escape(coverage.Source)}, {Escape(coverage.Force)}: first month {Escape(coverage.FirstMonth)}, " +
                $"last month {Escape(coverage.LastMonth)}, months missing {Escape(coverage.MissingMonths)}, rows {Escape(coverage.Rows)}");
        }

        lines.Add("");
    }

    internal static void AddProvenance(List<string> lines, ScorecardReport report)
    {
        var provenance = report.Provenance;
        lines.Add("## Provenance");
        lines.Add("");
        lines.Add($"- Plan: {Escape(report.Plan.Name)}");
        lines.Add($"- Plan file: {Escape(provenance.PlanFile)}");
        lines.Add($"- Plan file SHA-256: {Escape(provenance.PlanSha256)}");
        lines.Add($"- Scorecard version: {Escape(provenance.ScorecardVersion)}");
        lines.Add($"- Date generated: {Escape(ScorecardFormatter.FormatGeneratedAt(provenance.GeneratedAt))}");
        lines.Add("");
    }

    private static string TableRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static string Superscript(string? marker) =>
        string.IsNullOrEmpty(marker) ? "" : $" <sup>{Escape(marker)}</sup>";

    /// <summary>
    /// Escapes text so that Markdown shows it literally: HTML-significant characters become entities,
    /// Markdown punctuation gets a backslash, and line breaks become spaces so a table row stays on one line.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    escaped.Append('\\').Append(character);
                    break;
                default:
                    escaped.Append(character);
                    break;
            }
        }

        return escaped.ToString();
    }

    // A paragraph that starts with "-", "+" or "#", or with digits and "." or ")", would become a list or heading, so that mark is escaped.
    internal static string EscapeParagraph(string text)
    {
        var escaped = Escape(text);
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '#')
        {
            return "\\" + escaped;
        }

        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        var listNumber = digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')';
        return listNumber ? escaped.Insert(digits, "\\") : escaped;
    }
}
