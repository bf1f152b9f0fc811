using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Rendering;

/// <summary>
/// Writes a scorecard as one self-contained HTML page laid out like a published scorecard: a written
/// summary, the table with priorities as row groups, confidence-interval rows and a small trend
/// line per indicator, then footnotes, data notes, method notes, an XmR chart per indicator, data
/// coverage and provenance.
/// </summary>
/// <remarks>
/// The page has its style sheet and charts inline and a Content-Security-Policy that blocks every
/// fetch, so it opens offline and makes no network requests. It prints on A4 landscape with the
/// header row repeated on each page, each priority from a new page and no row split across pages.
/// Lines end with "\n" on every platform.
/// </remarks>
public sealed partial class HtmlScorecardRenderer : IScorecardRenderer
{
    /// <summary>Heading of the trend column.</summary>
    public const string TrendHeading = "Monthly trend";

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
        var layout = PageLayout.For(report);

        WriteHead(page, report);
        page.Line("<body>");
        page.Line("<header>");
        page.Line($"<h1>{Encode(report.Plan.Name)}</h1>");
        page.Line($"<p class=\"subtitle\">{Encode(ScorecardFormatter.FormatSubtitle(report))}</p>");
        page.Line("</header>");
        page.Line("<main>");
        WriteSummary(page, ScorecardSummaryWriter.Write(report));
        WriteTable(page, report, layout);
        WriteLegend(page);
        WriteFootnotes(page, report);
        WriteDataNotes(page, report);
        WriteMethodNotes(page, layout.Methods);
        WriteCharts(page, report, layout);
        WriteCoverage(page, report);
        WriteProvenance(page, report);
        page.Line("</main>");
        page.Line("<footer>");
        page.Line($"<p class=\"licence\">{Encode(ScorecardFormatter.LicenceStatement(report))}</p>");
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

    private static void WriteTable(PageWriter page, ScorecardReport report, PageLayout layout)
    {
        var headings = ScorecardFormatter.Headings(report.Windows);
        page.Line("<table class=\"scorecard\">");
        page.Line(
            $"<caption>{Encode(report.Plan.Name)}: the {Encode(report.Windows.Current.Label)} compared with the " +
            $"{Encode(report.Windows.Previous.Label)}, with the {Encode(report.Windows.Baseline.Label)} as a baseline.</caption>");
        page.Line("<colgroup><col class=\"priority\"><col class=\"indicator\"><col span=\"5\" class=\"figure\"><col class=\"direction\"><col class=\"trend\"></colgroup>");
        page.Line("<thead>");
        page.Line("<tr>");
        page.Line($"<th scope=\"col\" class=\"label\">{Encode(headings.Priority)}</th>");
        page.Line($"<th scope=\"col\" class=\"label\">{Encode(headings.Indicator)}</th>");
        foreach (var heading in headings.InColumnOrder.Skip(2).SkipLast(1))
        {
            page.Line($"<th scope=\"col\" class=\"num\">{Encode(heading)}</th>");
        }

        page.Line($"<th scope=\"col\">{Encode(headings.Direction)}</th>");
        page.Line($"<th scope=\"col\" class=\"trend\">{TrendHeading}</th>");
        page.Line("</tr>");
        page.Line("</thead>");

        foreach (var priority in report.Priorities)
        {
            WritePriority(page, report, layout, priority);
        }

        page.Line("</table>");
    }

    private static void WritePriority(PageWriter page, ScorecardReport report, PageLayout layout, PriorityRows priority)
    {
        var label = Encode(ScorecardFormatter.FormatPriority(priority.Priority));
        page.Line("<tbody class=\"priority\">");
        if (priority.Rows.Count == 0)
        {
            page.Line($"<tr><th scope=\"row\" class=\"priority\">{label}</th><td colspan=\"8\" class=\"empty\">This priority has no indicators.</td></tr>");
            page.Line("</tbody>");
            return;
        }

        var formatted = priority.Rows.Select(row => ScorecardFormatter.FormatRow(priority.Priority, row)).ToList();
        var tableRows = formatted.Sum(row => row.Interval is null ? 1 : 2);
        for (var i = 0; i < priority.Rows.Count; i++)
        {
            var row = formatted[i];
            var ids = layout.IdsOf(priority.Rows[i]);
            page.Line($"<tr id=\"{ids.Row}\">");
            if (i == 0)
            {
                page.Line($"<th scope=\"rowgroup\" rowspan=\"{tableRows}\" class=\"priority\">{label}</th>");
            }

            page.Line($"<th scope=\"row\" class=\"indicator\">{Encode(row.Indicator)}{FootnoteMarkers(report, row.Footnotes)}{Subgroup(row.Subgroup)}</th>");
            foreach (var value in row.Values)
            {
                var cellClass = value.IsAvailable ? "num" : "num value-not-available";
                page.Line($"<td class=\"{cellClass}\">{Encode(value.Text)}{NoteMarker(value.NoteMarker)}</td>");
            }

            page.Line($"<td class=\"num\">{Encode(row.NumberDifference)}</td>");
            page.Line($"<td class=\"num\">{Encode(row.PercentDifference)}</td>");
            page.Line(DirectionCell(row, layout.Methods.For(row.DirectionMethod)));
            page.Line(TrendCell(layout.TrendOf(priority.Rows[i]), ids));
            page.Line("</tr>");

            if (row.Interval is { } interval)
            {
                WriteIntervalRow(page, report, interval);
            }
        }

        page.Line("</tbody>");
    }

    private static void WriteIntervalRow(PageWriter page, ScorecardReport report, FormattedIntervalRow interval)
    {
        page.Line("<tr class=\"interval\">");
        page.Line($"<th scope=\"row\" class=\"indicator interval\"><i>{ScorecardFormatter.IntervalRowLabel}</i>{FootnoteMarkers(report, interval.Footnotes)}</th>");
        foreach (var halfWidth in interval.HalfWidths)
        {
            page.Line($"<td class=\"num interval\">{Encode(halfWidth)}</td>");
        }

        page.Line("<td class=\"num interval\"></td><td class=\"num interval\"></td><td class=\"interval\"></td><td class=\"interval\"></td>");
        page.Line("</tr>");
    }

    private static string DirectionCell(FormattedRow row, MethodMarker method)
    {
        var style = DirectionStyle.For(row.Direction);
        var arrow = style.Arrow.Length == 0 ? "" : $"<span class=\"arrow\" aria-hidden=\"true\">{Encode(style.Arrow)}</span> ";
        var marker = $" <sup class=\"method-ref\"><a href=\"#method-{method.Marker}\">{method.Marker}</a></sup>";
        return $"<td class=\"direction {style.CssClass}\">{arrow}{Encode(style.Text)}{marker}</td>";
    }

    private static string TrendCell(IndicatorTrend trend, RowIds ids)
    {
        var sparkline = TrendSparkline.Render(trend, ids.SparklineTitle);
        return $"<td class=\"trend\"><a href=\"#{ids.Chart}\">{sparkline}<span class=\"visually-hidden\"> Full chart below.</span></a></td>";
    }

    private static string Subgroup(string? subgroup) =>
        subgroup is null ? "" : $"<span class=\"subgroup\"><span class=\"visually-hidden\">Sub-group: </span>{Encode(subgroup)}</span>";

    private static string FootnoteMarkers(ScorecardReport report, IReadOnlyList<int> footnotes)
    {
        if (footnotes.Count == 0)
        {
            return "";
        }

        // A footnote number the plan does not define is still shown, without a link that would go nowhere.
        var links = footnotes.Select(number => report.Plan.Footnotes.ContainsKey(number)
            ? $"<a href=\"#footnote-{number}\">{number}</a>"
            : number.ToString(CultureInfo.InvariantCulture));
        return $" <sup class=\"footnote-ref\">{string.Join(",", links)}</sup>";
    }

    private static string NoteMarker(string? marker) =>
        marker is null ? "" : $"<sup class=\"note-ref\"><a href=\"#note-{Encode(marker)}\">{Encode(marker)}</a></sup>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Element ids of one indicator: its table row, its sparkline's title and its full chart.</summary>
    private sealed record RowIds(string Row, string SparklineTitle, string Chart);

    /// <summary>What the page needs to know about every row before writing: ids, trends and method markers.</summary>
    private sealed partial class PageLayout
    {
        private readonly Dictionary<IndicatorRow, RowIds> _ids = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<IndicatorRow, IndicatorTrend> _trends = new(ReferenceEqualityComparer.Instance);

        private PageLayout(MethodKey methods) => Methods = methods;

        public MethodKey Methods { get; }

        public static PageLayout For(ScorecardReport report)
        {
            var layout = new PageLayout(MethodKey.For(report));
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in report.Rows)
            {
                // Plan ids are unique, but sub-groups or hand-built reports may repeat one, and ids must not clash.
                var stem = UnsafeIdCharacters().Replace(row.Indicator.Id, "-");
                var id = stem;
                for (var copy = 2; !used.Add(id); copy++)
                {
                    id = $"{stem}-{copy}";
                }

                layout._ids[row] = new RowIds($"row-{id}", $"trend-{id}", $"chart-{id}");
                layout._trends[row] = IndicatorTrend.For(row);
            }

            return layout;
        }

        public RowIds IdsOf(IndicatorRow row) => _ids[row];

        public IndicatorTrend TrendOf(IndicatorRow row) => _trends[row];

        [GeneratedRegex("[^A-Za-z0-9_-]")]
        private static partial Regex UnsafeIdCharacters();
    }

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
