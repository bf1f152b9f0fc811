using System.Net;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// Writes a scorecard as one self-contained HTML page laid out like a published scorecard: the table
/// with priorities as row groups, then footnotes, data notes, method notes, data coverage and provenance.
/// </summary>
/// <remarks>
/// The page has its style sheet inline and a Content-Security-Policy that blocks every fetch, so it
/// opens offline and makes no network requests. It prints on A4 landscape with the header row
/// repeated on each page and no row split across pages. Lines end with "\n" on every platform.
/// </remarks>
public sealed class HtmlScorecardRenderer : IScorecardRenderer
{
    /// <inheritdoc />
    public string FormatName => "html";

    /// <inheritdoc />
    public string FileExtension => ".html";

    /// <inheritdoc />
    public void Render(ScorecardReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var page = new PageWriter(writer);

        WriteHead(page, report);
        page.Line("<body>");
        page.Line("<header>");
        page.Line($"<h1>{Encode(report.Plan.Name)}</h1>");
        page.Line($"<p class=\"subtitle\">{Encode(ScorecardFormatter.FormatSubtitle(report))}</p>");
        page.Line("</header>");
        page.Line("<main>");
        WriteTable(page, report);
        WriteLegend(page);
        WriteFootnotes(page, report);
        WriteDataNotes(page, report);
        WriteMethodNotes(page, report);
        WriteCoverage(page, report);
        WriteProvenance(page, report);
        page.Line("</main>");
        page.Line("<footer>");
        page.Line($"<p class=\"licence\">{Encode(ScorecardFormatter.OpenGovernmentLicenceAttribution)}</p>");
        page.Line("</footer>");
        page.Line("</body>");
        page.Line("</html>");
    }

    private static void WriteHead(PageWriter page, ScorecardReport report)
    {
        var title = $"{report.Plan.Name} - {ScorecardFormatter.FormatSubtitle(report)}";
        page.Line("<!DOCTYPE html>");
        page.Line("<html lang=\"en-GB\">");
        page.Line("<head>");
        page.Line("<meta charset=\"utf-8\">");
        page.Line("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        page.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Line($"<meta name=\"generator\" content=\"Scorecard {Encode(report.Provenance.ScorecardVersion)}\">");
        page.Line($"<title>{Encode(title)}</title>");
        page.Line("<style>");
        page.Raw(HtmlScorecardStyles.StyleSheet);
        page.Line("</style>");
        page.Line("</head>");
    }

    private static void WriteTable(PageWriter page, ScorecardReport report)
    {
        var headings = ScorecardFormatter.Headings(report.Windows);
        page.Line("<table class=\"scorecard\">");
        page.Line(
            $"<caption>{Encode(report.Plan.Name)}: the {Encode(report.Windows.Current.Label)} compared with the " +
            $"{Encode(report.Windows.Previous.Label)}, with the {Encode(report.Windows.Baseline.Label)} as a baseline.</caption>");
        page.Line("<colgroup><col class=\"priority\"><col class=\"indicator\"><col span=\"5\" class=\"figure\"><col class=\"direction\"></colgroup>");
        page.Line("<thead>");
        page.Line("<tr>");
        page.Line($"<th scope=\"col\" class=\"label\">{Encode(headings.Priority)}</th>");
        page.Line($"<th scope=\"col\" class=\"label\">{Encode(headings.Indicator)}</th>");
        foreach (var heading in headings.InColumnOrder.Skip(2).SkipLast(1))
        {
            page.Line($"<th scope=\"col\" class=\"num\">{Encode(heading)}</th>");
        }

        page.Line($"<th scope=\"col\">{Encode(headings.Direction)}</th>");
        page.Line("</tr>");
        page.Line("</thead>");

        foreach (var priority in report.Priorities)
        {
            WritePriority(page, report, priority);
        }

        page.Line("</table>");
    }

    private static void WritePriority(PageWriter page, ScorecardReport report, PriorityRows priority)
    {
        var label = Encode(ScorecardFormatter.FormatPriority(priority.Priority));
        page.Line("<tbody class=\"priority\">");
        if (priority.Rows.Count == 0)
        {
            page.Line($"<tr><th scope=\"row\" class=\"priority\">{label}</th><td colspan=\"7\" class=\"empty\">This priority has no indicators.</td></tr>");
            page.Line("</tbody>");
            return;
        }

        for (var i = 0; i < priority.Rows.Count; i++)
        {
            var row = ScorecardFormatter.FormatRow(priority.Priority, priority.Rows[i]);
            page.Line("<tr>");
            if (i == 0)
            {
                page.Line($"<th scope=\"rowgroup\" rowspan=\"{priority.Rows.Count}\" class=\"priority\">{label}</th>");
            }

            page.Line($"<th scope=\"row\" class=\"indicator\">{Encode(row.Indicator)}{FootnoteMarkers(report, row.Footnotes)}</th>");
            foreach (var value in row.Values)
            {
                var cellClass = value.IsAvailable ? "num" : "num value-not-available";
                page.Line($"<td class=\"{cellClass}\">{Encode(value.Text)}{NoteMarker(value.NoteMarker)}</td>");
            }

            page.Line($"<td class=\"num\">{Encode(row.NumberDifference)}</td>");
            page.Line($"<td class=\"num\">{Encode(row.PercentDifference)}</td>");
            page.Line(DirectionCell(row));
            page.Line("</tr>");
        }

        page.Line("</tbody>");
    }

    private static string DirectionCell(FormattedRow row)
    {
        var style = DirectionStyle.For(row.Direction);
        var arrow = style.Arrow.Length == 0 ? "" : $"<span class=\"arrow\" aria-hidden=\"true\">{Encode(style.Arrow)}</span> ";
        return $"<td class=\"direction {style.CssClass}\">{arrow}{Encode(style.Text)}</td>";
    }

    private static string FootnoteMarkers(ScorecardReport report, IReadOnlyList<int> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return "";
        }

        // A footnote number the plan does not define is still shown, without a link that would go nowhere.
        var links = footnotes.Select(number => report.Plan.Footnotes.ContainsKey(number)
            ? $"<a href=\"#footnote-{number}\">{number}</a>"
            : number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $" <sup class=\"footnote-ref\">{string.Join(",", links)}</sup>";
    }

    private static string NoteMarker(string? marker) =>
        marker is null ? "" : $"<sup class=\"note-ref\"><a href=\"#note-{Encode(marker)}\">{Encode(marker)}</a></sup>";

    private static void WriteLegend(PageWriter page)
    {
        var items = DirectionStyle.All.Select(style =>
            $"<span class=\"direction {style.CssClass}\">{Encode(style.Label)}</span>");
        page.Line($"<p class=\"legend\">Direction of travel: {string.Join(" ", items)}</p>");
        page.Line(
            "<p class=\"legend\">Arrows show whether performance got better or worse for the indicator, not whether the number rose or fell. " +
            "Differences are the current 12 months minus the previous 12 months, worked out before rounding; " +
            "differences of percentages are in percentage points. &quot;-&quot; means the difference is not shown.</p>");
    }

    private static void WriteFootnotes(PageWriter page, ScorecardReport report)
    {
        if (report.Plan.Footnotes.Count == 0)
        {
            return;
        }

        page.Line("<section class=\"notes\">");
        page.Line("<h2>Footnotes</h2>");
        page.Line("<dl class=\"notes\">");
        foreach (var (number, text) in report.Plan.Footnotes.OrderBy(footnote => footnote.Key))
        {
            page.Line($"<dt id=\"footnote-{number}\">{number}</dt><dd>{Encode(text)}</dd>");
        }

        page.Line("</dl>");
        page.Line("</section>");
    }

    private static void WriteDataNotes(PageWriter page, ScorecardReport report)
    {
        if (report.DataNotes.Count == 0)
        {
            return;
        }

        page.Line("<section class=\"notes\">");
        page.Line("<h2>Data notes</h2>");
        page.Line("<dl class=\"notes\">");
        foreach (var note in report.DataNotes)
        {
            page.Line($"<dt id=\"note-{Encode(note.Marker)}\">{Encode(note.Marker)}</dt><dd>{Encode(note.Text)}</dd>");
        }

        page.Line("</dl>");
        page.Line("</section>");
    }

    private static void WriteMethodNotes(PageWriter page, ScorecardReport report)
    {
        if (report.MethodNotes.Count == 0)
        {
            return;
        }

        page.Line("<section class=\"notes\">");
        page.Line("<h2>Method notes</h2>");
        page.Line("<ul>");
        foreach (var note in report.MethodNotes)
        {
            page.Line($"<li>{Encode(note)}</li>");
        }

        page.Line("</ul>");
        page.Line("</section>");
    }

    private static void WriteCoverage(PageWriter page, ScorecardReport report)
    {
        page.Line("<section class=\"coverage\">");
        page.Line("<h2>Data coverage</h2>");
        if (report.Coverage.Count == 0)
        {
            page.Line("<p>No data source is recorded for this report.</p>");
            page.Line("</section>");
            return;
        }

        page.Line("<table class=\"coverage\">");
        page.Line("<caption>Months and rows loaded from each data source</caption>");
        page.Line("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Force</th><th scope=\"col\">First month</th>" +
                  "<th scope=\"col\">Last month</th><th scope=\"col\">Months missing</th><th scope=\"col\" class=\"num\">Rows</th></tr></thead>");
        page.Line("<tbody>");
        foreach (var coverage in report.Coverage.Select(ScorecardFormatter.FormatCoverage))
        {
            page.Line($"<tr><th scope=\"row\">{Encode(coverage.Source)}</th><td>{Encode(coverage.Force)}</td><td>{Encode(coverage.FirstMonth)}</td>" +
                      $"<td>{Encode(coverage.LastMonth)}</td><td>{Encode(coverage.MissingMonths)}</td><td class=\"num\">{Encode(coverage.Rows)}</td></tr>");
        }

        page.Line("</tbody>");
        page.Line("</table>");
        page.Line("</section>");
    }

    private static void WriteProvenance(PageWriter page, ScorecardReport report)
    {
        var provenance = report.Provenance;
        page.Line("<section class=\"provenance\">");
        page.Line("<h2>Provenance</h2>");
        page.Line("<dl>");
        page.Line($"<dt>Plan file</dt><dd><code>{Encode(provenance.PlanFile)}</code></dd>");
        page.Line($"<dt>Plan file SHA-256</dt><dd><code class=\"hash\">{Encode(provenance.PlanSha256)}</code></dd>");
        page.Line($"<dt>Scorecard version</dt><dd>{Encode(provenance.ScorecardVersion)}</dd>");
        page.Line($"<dt>Date generated</dt><dd>{Encode(ScorecardFormatter.FormatGeneratedAt(provenance.GeneratedAt))}</dd>");
        page.Line("</dl>");
        page.Line("</section>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Writes lines ending in "\n" whatever the writer's <see cref="TextWriter.NewLine"/>.</summary>
    private sealed class PageWriter(TextWriter writer)
    {
        public void Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
        }

        public void Raw(string text) => writer.Write(text);
    }
}
