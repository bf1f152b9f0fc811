using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Tests.Rendering;

public class MarkdownScorecardRendererTests
{
    private static readonly string Markdown = Render(TestReports.Essex());
    private static readonly string[] Lines = Markdown.Split('\n');

    [Fact]
    public void Render_TitleAndSubtitle()
    {
        Assert.Equal(["# Police, Fire and Crime Plan 2021-2024", "", "Essex Police: 12 months to May 2024"], Lines[..3]);
    }

    [Fact]
    public void Render_HeaderRowWithGeneratedLabels()
    {
        Assert.Contains(
            "| Police and Crime Plan Priorities | Police Priority Indicators | 12 months to Dec 2019 | 12 months to May 2023 | 12 months to May 2024 | Number Difference 2023/24 | % Difference 2023/24 | Direction of Travel 2023/24 |",
            Lines);
    }

    [Fact]
    public void Render_FigureColumnsRightAligned()
    {
        Assert.Contains("| :--- | :--- | ---: | ---: | ---: | ---: | ---: | :--- |", Lines);
    }

    [Fact]
    public void Render_PriorityLabelOnFirstRowOfGroup()
    {
        Assert.Contains(
            "| **Priority 1 - Further investment in crime prevention** | Number of all crime offences | 168,218 | 161,421 | 150,319 | -11,102 | -6.9 | \u25B2 Improving <sup>M1</sup> |",
            Lines);
    }

    [Fact]
    public void Render_LaterRowsOfGroupLeavePriorityEmpty()
    {
        Assert.Contains("|  | Number of homicides <sup>2</sup> | 60 | 14 | 17 | 3 | 21.4 | \u25BC Deteriorating <sup>M1</sup> |", Lines);
    }

    [Fact]
    public void Render_SeveralFootnoteMarkers()
    {
        Assert.Contains("| **Priority 2 - Reducing drug driven violence** | Number of drug related homicides <sup>2,6</sup> | 10 | 1 | 0 | -1 | - | \u25B2 Improving <sup>M1</sup> |", Lines);
    }

    [Fact]
    public void Render_NotAvailableValueWithNoteMarker()
    {
        Assert.Contains("|  | Number of knife-enabled crime offences | n/a <sup>a</sup> | 1,593 | 1,517 | -76 | -4.8 | \u25B2 Improving <sup>M1</sup> |", Lines);
    }

    [Fact]
    public void Render_LabelWithLessThanAndAmpersandEscaped()
    {
        Assert.Contains(
            "| **Priority 3 - Protecting vulnerable people &amp; breaking the cycle of domestic abuse** | Number of offences against children aged &lt;16 &amp; their carers | 5,259 | 6,020 | n/a <sup>b</sup> | - | - | n/a <sup>M1</sup> |",
            Lines);
    }

    [Fact]
    public void Render_PipeInLabelEscaped()
    {
        var markdown = Render(TestReports.SingleRow("Calls | 101 and 999"));

        Assert.Contains("| Calls \\| 101 and 999 |", markdown);
    }

    [Fact]
    public void Render_EveryTableRowHasEightCells()
    {
        var tableRows = Lines.Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToList();

        // Splitting on unescaped pipes: nine separators give eight cells.
        Assert.All(tableRows, row => Assert.Equal(9, row.Replace("\\|", "", StringComparison.Ordinal).Count(character => character == '|')));
    }

    [Fact]
    public void Render_RowsInPublishedOrder()
    {
        var labels = Lines
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Skip(2)
            .Select(line => line.Split(" | ")[1])
            .Select(cell => cell.Split(" <sup>")[0])
            .Where(label => label != "*Confidence Interval*");

        Assert.Equal(
            TestReports.Essex().Rows.Select(row => row.Indicator.Label.Replace("<", "&lt;", StringComparison.Ordinal).Replace("& ", "&amp; ", StringComparison.Ordinal)),
            labels);
    }

    [Fact]
    public void Render_FootnotesList()
    {
        Assert.Contains("- 6: Drug-related homicides are a subset of all homicides.", Lines);
    }

    [Fact]
    public void Render_DataNotesList()
    {
        Assert.Contains("- a: " + TestReports.MissingBaselineNote, Lines);
    }

    [Fact]
    public void Render_MethodNotesList()
    {
        Assert.Contains("- M1: Direction of travel by polarity: any change counts, and equal is Stable.", Lines);
    }

    [Fact]
    public void Render_IntervalRowUnderSurvey()
    {
        var lines = Render(TestReports.Surveys()).Split('\n');
        var survey = Array.FindIndex(lines, line => line.Contains("| Percentage of people who have confidence in policing in Essex (internal survey) <sup>4</sup> |", StringComparison.Ordinal));

        Assert.Equal("|  | *Confidence Interval* <sup>5</sup> | 1.1 | 1.0 | 1.0 |  |  |  |", lines[survey + 1]);
    }

    [Fact]
    public void Render_IntervalRowDashWithoutInterval()
    {
        Assert.Contains("|  | *Confidence Interval* <sup>5</sup> | - | 1.2 | 1.2 |  |  |  |", Render(TestReports.Surveys()).Split('\n'));
    }

    [Fact]
    public void Render_SubgroupAfterLabel()
    {
        Assert.Contains(
            "|  | Percentage of victims of crime who have confidence in policing in Essex (internal survey) <sup>4</sup> \u2013 **Non-Victims** | 66.1 | 75.5 | 78.3 | 2.8 | - | \u25B2 Improving <sup>M2</sup> |",
            Render(TestReports.Surveys()).Split('\n'));
    }

    [Fact]
    public void Render_SecondMethodListedWithMarker()
    {
        Assert.Contains("- M2: Direction of travel by a two-proportion z-test: a change counts when it is significant at 5% (two-sided).", Render(TestReports.Surveys()).Split('\n'));
    }

    [Fact]
    public void Render_SummaryBeforeTable()
    {
        var summary = Markdown.IndexOf("## Summary", StringComparison.Ordinal);
        var table = Markdown.IndexOf("| Police and Crime Plan Priorities", StringComparison.Ordinal);

        Assert.InRange(summary, 0, table);
    }

    [Fact]
    public void Render_CoverageList()
    {
        Assert.Contains(
            "- police.uk street-level crimes, essex: first month Dec 2017, last month May 2024, months missing 4 (Jul 2019 to Sep 2019, Jan 2020), rows 1,234,567",
            Lines);
    }

    [Fact]
    public void Render_CoverageWithNothingLoaded()
    {
        Assert.Contains("- Force call records, essex: no data loaded, rows 0", Lines);
    }

    [Fact]
    public void Render_ProvenanceDate()
    {
        Assert.Contains("- Date generated: 4 December 2026 20:45 UTC", Lines);
    }

    [Fact]
    public void Render_EndsWithLicenceLine()
    {
        Assert.EndsWith("Contains public sector information licensed under the Open Government Licence v3.0.\n", Markdown);
    }

    [Fact]
    public void Render_SectionsInOrder()
    {
        string[] headings = ["## Footnotes", "## Data notes", "## Method notes", "## Data coverage", "## Provenance"];

        var positions = headings.Select(heading => Array.IndexOf(Lines, heading)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Render_EmptyPriorityStillListed()
    {
        var markdown = Render(TestReports.WithEmptyPriority());

        Assert.Contains("| **Priority 2 - Not yet measured** | This priority has no indicators. |  |  |  |  |  |  |", markdown);
    }

    [Fact]
    public void Render_SubtitleStartingWithListNumberEscaped()
    {
        var report = TestReports.SingleRow("Offences");
        var markdown = Render(report with { Plan = report.Plan with { Force = "1. Force" } });

        Assert.Contains("\n1\\. Force: 12 months to May 2024\n", markdown);
    }

    private static string Render(ScorecardReport report)
    {
        var writer = new StringWriter();
        new MarkdownScorecardRenderer().Render(report, writer);
        return writer.ToString();
    }
}
