using System.Net;
using System.Text.RegularExpressions;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class HtmlScorecardRendererTests
{
    private static readonly string Html = Render(TestReports.Essex());

    [Fact]
    public void Render_HeaderCellsInPublishedOrder()
    {
        var thead = Between(Html, "<thead>", "</thead>");

        Assert.Equal(
            [
                "Police and Crime Plan Priorities",
                "Police Priority Indicators",
                "12 months to Dec 2019",
                "12 months to May 2023",
                "12 months to May 2024",
                "Number Difference 2023/24",
                "% Difference 2023/24",
                "Direction of Travel 2023/24",
                "Monthly trend",
            ],
            CellTexts(thead));
    }

    [Fact]
    public void Render_PriorityBandSpansItsIndicators()
    {
        Assert.Contains(
            "<th scope=\"rowgroup\" rowspan=\"5\" class=\"priority\">Priority 1 - Further investment in crime prevention</th>",
            Html);
    }

    [Fact]
    public void Render_PriorityTitleEncoded()
    {
        Assert.Contains(">Priority 3 - Protecting vulnerable people &amp; breaking the cycle of domestic abuse</th>", Html);
    }

    [Fact]
    public void Render_OneTableRowPerIndicator()
    {
        var body = Between(Html, "</thead>", "</table>");

        Assert.Equal(11, Regex.Count(body, "<tr id=\"row-"));
    }

    [Fact]
    public void Render_AllCrimeRowValues()
    {
        Assert.Equal(
            ["Priority 1 - Further investment in crime prevention", "Number of all crime offences", "168,218", "161,421", "150,319", "-11,102", "-6.9", "\u25B2 Improving M1"],
            RowCells(Html, "Number of all crime offences"));
    }

    [Fact]
    public void Render_PercentageRowRoundsDifferenceFromUnrounded()
    {
        Assert.Equal(
            ["Percentage of CCC 101 Calls Abandoned", "34.0", "35.7", "27.3", "-8.5", "-", "\u25B2 Improving M1"],
            RowCells(Html, "Percentage of CCC 101 Calls Abandoned"));
    }

    [Fact]
    public void Render_DurationRowAsMinutesAndSeconds()
    {
        Assert.Equal(
            ["CCC 101 Average wait time (mm:ss)", "07:00", "10:14", "08:38", "-01:36", "-", "\u25B2 Improving M1"],
            RowCells(Html, "CCC 101 Average wait time (mm:ss)"));
    }

    [Fact]
    public void Render_FootnoteMarkersAsLinkedSuperscript()
    {
        Assert.Contains(
            "Number of drug related homicides <sup class=\"footnote-ref\"><a href=\"#footnote-2\">2</a>,<a href=\"#footnote-6\">6</a></sup></th>",
            Html);
    }

    [Fact]
    public void Render_FootnoteTextWithAnchor()
    {
        Assert.Contains("<dt id=\"footnote-6\">6</dt><dd>Drug-related homicides are a subset of all homicides.</dd>", Html);
    }

    [Fact]
    public void Render_NotAvailableValueWithNoteMarker()
    {
        Assert.Contains(
            "<td class=\"num value-not-available\">n/a<sup class=\"note-ref\"><a href=\"#note-a\">a</a></sup></td>",
            Html);
    }

    [Fact]
    public void Render_NotAvailableRowDifferencesAreDashes()
    {
        // The current value is not available (note b), so both differences are "-" and the direction is n/a.
        var cells = RowCells(Html, WebUtility.HtmlEncode(TestReports.ChildrenLabel));

        Assert.Equal(
            ["Priority 3 - Protecting vulnerable people & breaking the cycle of domestic abuse", TestReports.ChildrenLabel, "5,259", "6,020", "n/ab", "-", "-", "n/a M1"],
            cells);
    }

    [Fact]
    public void Render_DataNoteTextWithAnchor()
    {
        Assert.Contains($"<dt id=\"note-a\">a</dt><dd>{TestReports.MissingBaselineNote}</dd>", Html);
    }

    [Theory]
    [InlineData("Number of homicides", "deteriorating", "\u25BC", "Deteriorating")]
    [InlineData("Number of dog thefts solved", "stable", "\u25BA", "Stable")]
    [InlineData("Number of all crime offences", "improving", "\u25B2", "Improving")]
    public void Render_DirectionCellHasClassArrowAndWord(string label, string cssClass, string arrow, string word)
    {
        var row = RowHtml(Html, label);

        Assert.Contains($"<td class=\"direction {cssClass}\"><span class=\"arrow\" aria-hidden=\"true\">{arrow}</span> {word} {MethodM1}</td>", row);
    }

    [Fact]
    public void Render_NotAvailableDirectionHasNoArrow()
    {
        Assert.Contains($"<td class=\"direction not-available\">n/a {MethodM1}</td>", RowHtml(Html, WebUtility.HtmlEncode(TestReports.ChildrenLabel)));
    }

    [Fact]
    public void Render_LabelWithLessThanAndAmpersandEncoded()
    {
        Assert.Contains("Number of offences against children aged &lt;16 &amp; their carers", Html);
    }

    [Fact]
    public void Render_LabelWithLessThanNeverRaw()
    {
        Assert.DoesNotContain("<16", Html);
    }

    [Fact]
    public void Render_ScriptInLabelEncoded()
    {
        var html = Render(TestReports.SingleRow("<script>alert(\"x\")</script>"));

        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Render_DocumentIsBritishEnglish()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n", Html);
    }

    [Fact]
    public void Render_TitleNamesPlanForceAndWindow()
    {
        Assert.Contains("<title>Police, Fire and Crime Plan 2021-2024 - Essex Police: 12 months to May 2024</title>", Html);
    }

    [Fact]
    public void Render_TableHasCaption()
    {
        Assert.Contains(
            "<caption>Police, Fire and Crime Plan 2021-2024: the 12 months to May 2024 compared with the 12 months to May 2023, with the 12 months to Dec 2019 as a baseline.</caption>",
            Html);
    }

    [Fact]
    public void Render_PrintsOnA4Landscape()
    {
        Assert.Contains("@page { size: A4 landscape;", Html);
    }

    [Fact]
    public void Render_RowsNotSplitAcrossPages()
    {
        Assert.Contains("tr, dt, dd, li { break-inside: avoid;", Html);
    }

    [Theory]
    [InlineData("http:")]
    [InlineData("https:")]
    [InlineData("<link")]
    [InlineData("<script")]
    [InlineData("<img")]
    [InlineData("@import")]
    public void Render_NoExternalResources(string reference)
    {
        Assert.DoesNotContain(reference, Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_UrlReferencesOnlyInsideThePage()
    {
        // Inline SVG clip paths use url(#id); anything else would be a fetch.
        Assert.DoesNotMatch(@"url\((?!#)", Html);
    }

    [Fact]
    public void Render_CoverageRow()
    {
        Assert.Equal(
            ["police.uk street-level crimes", "essex", "Dec 2017", "May 2024", "4 (Jul 2019 to Sep 2019, Jan 2020)", "1,234,567"],
            RowCells(Html, "police.uk street-level crimes"));
    }

    [Fact]
    public void Render_CoverageRowWithNothingLoaded()
    {
        Assert.Equal(["Force call records", "essex", "-", "-", "-", "0"], RowCells(Html, "Force call records"));
    }

    [Fact]
    public void Render_ProvenanceDateInBritishFormat()
    {
        Assert.Contains("<dt>Date generated</dt><dd>4 December 2026 20:45 UTC</dd>", Html);
    }

    [Fact]
    public void Render_ProvenancePlanHash()
    {
        Assert.Contains("<code class=\"hash\">9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</code>", Html);
    }

    [Fact]
    public void Render_OpenGovernmentLicenceLine()
    {
        Assert.Contains("<p class=\"licence\">Contains public sector information licensed under the Open Government Licence v3.0.</p>", Html);
    }

    [Fact]
    public void Render_SectionsInOrder()
    {
        string[] markers = ["<table class=\"scorecard\">", "<h2>Footnotes</h2>", "<h2>Data notes</h2>", "<h2>Method notes</h2>", "<h2>Data coverage</h2>", "<h2>Provenance</h2>", "Open Government Licence"];

        var positions = markers.Select(marker => Html.IndexOf(marker, StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Render_EmptyPriorityStillListed()
    {
        var html = Render(TestReports.WithEmptyPriority());

        Assert.Contains("<th scope=\"row\" class=\"priority\">Priority 2 - Not yet measured</th><td colspan=\"8\" class=\"empty\">This priority has no indicators.</td>", html);
    }

    [Fact]
    public void Render_NoNotesOrFootnotes_OmitsThoseSections()
    {
        var html = Render(TestReports.SingleRow("Number of offences"));

        Assert.DoesNotContain("<h2>Footnotes</h2>", html);
        Assert.DoesNotContain("<h2>Data notes</h2>", html);
    }

    [Fact]
    public void Render_LongChartTitleCutOnDrawingOnly()
    {
        var html = Render(TestReports.Surveys());
        var chart = Regex.Match(html, "<figure id=\"chart-drug-response\".*?</figure>", RegexOptions.Singleline).Value;

        Assert.Contains("<text", chart);
        Assert.Contains("Percentage of people who have confidence that the policing response to\u2026", chart);
        Assert.Contains($"<title id=\"chart-drug-response-title\">{TestReports.DrugResponseLabel}: XmR chart of monthly values</title>", chart);
    }

    [Fact]
    public void Render_ChartIdsUniquePerChart()
    {
        var ids = Regex.Matches(Html, "\\bid=\"([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Render_IntervalRowCells()
    {
        var html = Render(TestReports.Surveys());
        var row = Regex.Match(html, "<tr class=\"interval\">.*?</tr>", RegexOptions.Singleline).Value;

        Assert.Equal(["Confidence Interval 5", "1.1", "1.0", "1.0", "", "", "", ""], CellTexts(row));
    }

    [Fact]
    public void Render_PriorityRowspanCountsIntervalRows()
    {
        // Four survey rows, each followed by its Confidence Interval row.
        Assert.Contains("<th scope=\"rowgroup\" rowspan=\"8\" class=\"priority\">Priority 1 - Confidence in policing</th>", Render(TestReports.Surveys()));
    }

    [Fact]
    public void Render_MethodNotesWithMarkers()
    {
        var html = Render(TestReports.Surveys());

        Assert.Contains("<dt id=\"method-M1\">M1</dt><dd>Direction of travel by confidence intervals: a change counts only when the two 95% intervals do not overlap.</dd>", html);
        Assert.Contains("<dt id=\"method-M2\">M2</dt>", html);
    }

    [Fact]
    public void Render_SummaryBeforeTable()
    {
        Assert.InRange(Html.IndexOf("<h2 id=\"summary-heading\">Summary</h2>", StringComparison.Ordinal), 0, Html.IndexOf("<table class=\"scorecard\">", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_LinesEndWithLineFeedOnly()
    {
        var writer = new StringWriter { NewLine = "\r\n" };
        new HtmlScorecardRenderer().Render(TestReports.Essex(), writer);

        Assert.DoesNotContain("\r", writer.ToString());
    }

    internal static string Render(ScorecardReport report)
    {
        var writer = new StringWriter();
        new HtmlScorecardRenderer().Render(report, writer);
        return writer.ToString();
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found.");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not found after '{start}'.");
        return text[from..to];
    }

    private const string MethodM1 = "<sup class=\"method-ref\"><a href=\"#method-M1\">M1</a></sup>";

    // The <tr> element whose row header starts with the HTML-encoded label.
    internal static string RowHtml(string html, string encodedLabel)
    {
        var header = Regex.Match(html, "<th scope=\"row\"[^>]*>" + Regex.Escape(encodedLabel));
        Assert.True(header.Success, $"No row header starts with '{encodedLabel}'.");
        var start = html.LastIndexOf("<tr", header.Index, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", header.Index, StringComparison.Ordinal);
        return html[start..end];
    }

    // Cells of the row, leaving out the trend cell, whose text is the trend's description.
    internal static List<string> RowCells(string html, string encodedLabel) =>
        CellTexts(Regex.Replace(RowHtml(html, encodedLabel), "<td class=\"trend\">.*?</td>", "", RegexOptions.Singleline));

    // Text of each th and td, with tags removed and entities decoded.
    internal static List<string> CellTexts(string html) =>
        Regex.Matches(html, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
            .Select(match => WebUtility.HtmlDecode(Regex.Replace(match.Groups[1].Value, "<[^>]+>", "")).Trim())
            .ToList();
}
