using Scorecard.Core.Scorecards;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Rendering;

/// <summary>The sections of the HTML page around the table: summary, notes, charts, coverage and provenance.</summary>
public sealed partial class HtmlScorecardRenderer
{
    private static void WriteSummary(PageWriter page, ScorecardSummary summary)
    {
        page.Line("<section class=\"summary\" aria-labelledby=\"summary-heading\">");
        page.Line($"<h2 id=\"summary-heading\">{ScorecardSummary.Heading}</h2>");
        foreach (var section in summary.Sections)
        {
            page.Line($"<h3>{Encode(section.Heading)}</h3>");
            if (section.Lead is { } lead)
            {
                page.Line($"<p>{Encode(lead)}</p>");
            }

            if (section.Bullets.Count > 0)
            {
                page.Line("<ul>");
                foreach (var bullet in section.Bullets)
                {
                    page.Line($"<li>{Encode(bullet)}</li>");
                }

                page.Line("</ul>");
            }
        }

        page.Line("</section>");
    }

    private static void WriteLegend(PageWriter page)
    {
        var items = DirectionStyle.All.Select(style =>
            $"<span class=\"direction {style.CssClass}\">{Encode(style.Label)}</span>");
        page.Line($"<p class=\"legend\">Direction of travel: {string.Join(" ", items)}</p>");
        page.Line(
            "<p class=\"legend\">Arrows show whether performance got better or worse for the indicator, not whether the number rose or fell. " +
            "The marker after each direction (M1, M2, ...) names the method that decided it; the method notes list them. " +
            "Differences are the current 12 months minus the previous 12 months, worked out before rounding; " +
            "differences of percentages are in percentage points. &quot;-&quot; means the difference is not shown. " +
            "A Confidence Interval row gives the half-width of each year&#39;s 95% confidence interval in percentage points: the value is plus or minus that much. " +
            "The monthly trend shows one value per month, with the shaded band between the XmR process limits and the latest month as a dot; " +
            "each links to the indicator&#39;s full chart.</p>");
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

    private static void WriteMethodNotes(PageWriter page, MethodKey methods)
    {
        if (methods.Methods.Count == 0 && methods.OtherNotes.Count == 0)
        {
            return;
        }

        page.Line("<section class=\"notes\">");
        page.Line("<h2>Method notes</h2>");
        if (methods.Methods.Count > 0)
        {
            page.Line("<dl class=\"notes\">");
            foreach (var method in methods.Methods)
            {
                page.Line($"<dt id=\"method-{method.Marker}\">{method.Marker}</dt><dd>{Encode(method.Note)}</dd>");
            }

            page.Line("</dl>");
        }

        if (methods.OtherNotes.Count > 0)
        {
            page.Line("<ul>");
            foreach (var note in methods.OtherNotes)
            {
                page.Line($"<li>{Encode(note)}</li>");
            }

            page.Line("</ul>");
        }

        page.Line("</section>");
    }

    private static void WriteCharts(PageWriter page, ScorecardReport report, PageLayout layout)
    {
        if (!report.Rows.Any())
        {
            return;
        }

        page.Line("<section class=\"charts\" aria-labelledby=\"charts-heading\">");
        page.Line("<h2 id=\"charts-heading\">Trend charts</h2>");
        page.Line(
            "<p>Each chart is an XmR (individuals and moving range) chart of the indicator&#39;s monthly values, as in NHS England&#39;s " +
            "Making Data Count: the mean, process limits at the mean plus or minus 2.66 times the mean moving range, and special causes " +
            "coloured blue for improvement and orange for concern. A limit beyond a value the indicator cannot take, such as below 0 for a count " +
            "or above 100 for a percentage, is drawn at that bound, and the chart says so. " +
            "Each chart&#39;s description and its table of monthly values give the same information as text.</p>");
        foreach (var priority in report.Priorities.Where(priority => priority.Rows.Count > 0))
        {
            page.Line($"<h3>{Encode(ScorecardFormatter.FormatPriority(priority.Priority))}</h3>");
            foreach (var row in priority.Rows)
            {
                WriteChart(page, row, layout);
            }
        }

        page.Line("</section>");
    }

    private static void WriteChart(PageWriter page, IndicatorRow row, PageLayout layout)
    {
        var ids = layout.IdsOf(row);
        var trend = layout.TrendOf(row);
        var title = ScorecardFormatter.FormatLabelWithSubgroup(row.Indicator.Label, row.Indicator.Subgroup);
        page.Line($"<figure id=\"{ids.Chart}\" class=\"spc\">");
        page.Line(InlineSpcChart.Render(trend, title, ids.Chart));
        page.Line($"<figcaption><strong>{Encode(title)}.</strong> {Encode(trend.Describe())} {Encode(trend.DescribeChart())} <a class=\"back-link\" href=\"#{ids.Row}\">Back to the table</a></figcaption>");
        page.Line("<details>");
        page.Line("<summary>Monthly values</summary>");
        page.Line("<table class=\"series\">");
        page.Line($"<caption>{Encode(title)}: value in each month</caption>");
        page.Line("<thead><tr><th scope=\"col\">Month</th><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">SPC</th></tr></thead>");
        page.Line("<tbody>");
        foreach (var point in trend.Chart.Points)
        {
            var value = point.Value is { } number ? ScorecardFormatter.FormatValue(number, row.Indicator.Unit) : ScorecardFormatter.NotAvailableText;
            page.Line($"<tr><th scope=\"row\">{ScorecardFormatter.FormatMonth(point.Month)}</th><td class=\"num\">{Encode(value)}</td><td>{Encode(SpcPointText(point.Type))}</td></tr>");
        }

        page.Line("</tbody>");
        page.Line("</table>");
        page.Line("</details>");
        page.Line("</figure>");
    }

    /// <summary>Returns the words for an SPC point type, as the monthly-value tables show them.</summary>
    internal static string SpcPointText(Core.Spc.SpcPointType type) => type switch
    {
        Core.Spc.SpcPointType.Missing => "no value",
        Core.Spc.SpcPointType.NotAssessed => "not assessed",
        Core.Spc.SpcPointType.CommonCause => "common cause",
        Core.Spc.SpcPointType.Improvement => "special cause: improvement",
        Core.Spc.SpcPointType.Concern => "special cause: concern",
        Core.Spc.SpcPointType.Neither => "special cause",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown SPC point type."),
    };

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
        page.Line($"<dt>Plan</dt><dd>{Encode(report.Plan.Name)}</dd>");
        page.Line($"<dt>Plan file</dt><dd><code>{Encode(provenance.PlanFile)}</code></dd>");
        page.Line($"<dt>Plan file SHA-256</dt><dd><code class=\"hash\">{Encode(provenance.PlanSha256)}</code></dd>");
        page.Line($"<dt>Scorecard version</dt><dd>{Encode(provenance.ScorecardVersion)}</dd>");
        page.Line($"<dt>Date generated</dt><dd>{Encode(ScorecardFormatter.FormatGeneratedAt(provenance.GeneratedAt))}</dd>");
        page.Line("</dl>");
        page.Line("</section>");
    }
}
