using System.Text.RegularExpressions;
using Scorecard.Core.Comparison;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;
using Scorecard.Reports.Summary;
using Scorecard.Reports.Tests.Rendering;

namespace Scorecard.Reports.Tests.Summary;

public class ScorecardSummaryTests
{
    private static readonly ScorecardSummary Essex = ScorecardSummaryWriter.Write(TestReports.Essex());
    private static readonly ScorecardSummary Surveys = ScorecardSummaryWriter.Write(TestReports.Surveys());

    public static TheoryData<string> Reports => ["essex", "surveys", "single"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Write_EveryNumberIsInTheTable(string name)
    {
        var report = name switch
        {
            "essex" => TestReports.Essex(),
            "surveys" => TestReports.Surveys(),
            _ => TestReports.SingleRow("Number of offences"),
        };
        var summary = ScorecardSummaryWriter.Write(report);
        var allowed = TableNumbers(report);

        // Labels are text of the table and may hold numbers ("CCC 101"), so they are taken out first.
        var labels = report.Rows
            .SelectMany(row => new[] { row.Indicator.Label, row.Indicator.Label.Replace("Number of ", "", StringComparison.Ordinal) })
            .Select(label => label.Length > 0 ? char.ToUpperInvariant(label[0]) + label[1..] : label)
            .OrderByDescending(label => label.Length)
            .ToList();
        foreach (var sentence in summary.Sentences)
        {
            var text = labels.Aggregate(sentence, (current, label) => current.Replace(label, " ", StringComparison.OrdinalIgnoreCase));
            foreach (var number in NumbersIn(text))
            {
                Assert.True(allowed.Contains(number), $"'{number}' in \"{sentence}\" is not a figure of the table.");
            }
        }
    }

    [Fact]
    public void Write_OverviewCountsDirections()
    {
        // Essex test report: six improving, dog thefts solved stable, homicides, OCG disruptions and
        // investigation days deteriorating, and the children row has no current value.
        Assert.Equal(
            "Compared with the 12 months to May 2023, six of the 11 indicators in the 12 months to May 2024 were improving, one was stable " +
            "and three were deteriorating. No direction can be given for one indicator because a value is not available.",
            Section(Essex, "Overview").Lead);
    }

    [Fact]
    public void Write_ImprovementsRankedByUnitGroup()
    {
        // Counts by % difference (-6.9 before -4.8), then percentages by points, then other units by
        // relative change: drug homicides 1 to 0 (100%), wait time 614 to 518 s (16%), harm 14.3 to 13.8 (3%).
        Assert.Equal(
            [
                "All crime offences fell by 6.9%, from 161,421 to 150,319.",
                "Knife-enabled crime offences fell by 4.8%, from 1,593 to 1,517.",
                "Percentage of CCC 101 Calls Abandoned fell by 8.5 percentage points, from 35.7% to 27.3%.",
                "Drug related homicides fell by 1, from 1 to 0.",
                "CCC 101 Average wait time (mm:ss) fell by 01:36 (mm:ss), from 10:14 to 08:38.",
                "Harm (Crime Severity) Score - All Crime fell by 0.5 points, from 14.3 to 13.8.",
            ],
            Section(Essex, "Largest improvements").Bullets);
    }

    [Fact]
    public void Write_DeteriorationsIncludeHigherIsBetterFall()
    {
        Assert.Equal(
            [
                "Homicides rose by 21.4%, from 14 to 17.",
                "Organised Criminal Group disruptions fell by 4.3%, from 421 to 403.",
                "Average days taken to investigate High Harm offences rose by 15.9 days, from 51.8 to 67.7.",
            ],
            Section(Essex, "Largest deteriorations").Bullets);
    }

    [Fact]
    public void Write_MoreThanListedGetsLead()
    {
        var report = TestReports.SingleRow("Number of offences");
        var builder = new TestReports.ReportBuilder();
        var priority = builder.Priority(1, "Many");
        for (var i = 0; i < 5; i++)
        {
            priority.Row(TestReports.Indicator($"count-{i}", $"Number of offences {i}", Core.Plans.Unit.Count), 100, 100 + i + 1, 100);
        }

        var summary = ScorecardSummaryWriter.Write(builder.Build("Plan", "Force", new Dictionary<int, string>(), [], report.Provenance));

        Assert.Equal("Of the five improving indicators, the largest changes (up to three each of counts by % difference, percentages by percentage points, and other measures) were:", Section(summary, "Largest improvements").Lead);
        Assert.Equal(ScorecardSummaryWriter.RowsPerGroup, Section(summary, "Largest improvements").Bullets.Count);
    }

    [Fact]
    public void Write_SurveyLeadCountsSignificantChanges()
    {
        Assert.EndsWith("Two of the four survey measures changed significantly.", Section(Surveys, "Survey measures").Lead);
    }

    [Fact]
    public void Write_SurveyWithSeparateIntervalsIsSignificant()
    {
        // 73.5 +-1.0 = [72.5, 74.5] and 76.1 +-1.04 = [75.06, 77.14] do not overlap.
        Assert.Contains(
            TestReports.ConfidenceLabel + " rose by 2.6 percentage points, from 73.5% (\u00B11.0) to 76.1% (\u00B11.0); the intervals do not overlap, so the change is significant.",
            Section(Surveys, "Survey measures").Bullets);
    }

    [Fact]
    public void Write_SurveyWithOverlappingIntervalsWithinMargin()
    {
        Assert.Contains(
            TestReports.VictimsLabel + " (Victims) moved from 60.9% (\u00B13.0) to 60.3% (\u00B13.1); the intervals overlap, so the change is within the margin of error.",
            Section(Surveys, "Survey measures").Bullets);
    }

    [Fact]
    public void Write_NoSurveySectionWithoutIntervals()
    {
        Assert.DoesNotContain(Essex.Sections, section => section.Heading == "Survey measures");
    }

    [Fact]
    public void Write_BaselineCountsBetterAndWorse()
    {
        // Nine rows have baseline and current values. Better: all crime, homicides (60 to 17), calls
        // abandoned, drug homicides, OCG disruptions (99 to 403) and dog thefts solved (2 to 3), both
        // higher is better. Worse: wait time (07:00 to 08:38) and investigation days. The same: harm 13.8.
        var section = Section(Essex, "Against the baseline");

        Assert.Equal(
            "Against the baseline of the 12 months to Dec 2019, six indicators are better, two are worse and one is the same.",
            section.Lead);
    }

    [Fact]
    public void Write_BaselineSentenceQuotesBothValues()
    {
        Assert.Contains(
            "Organised Criminal Group disruptions stood at 403 against 99 in the baseline year (better).",
            Section(Essex, "Against the baseline").Bullets);
    }

    [Fact]
    public void Write_DataGapsListNotesCoverageAndTrend()
    {
        Assert.Equal(
            [
                TestReports.MissingBaselineNote,
                TestReports.MissingCurrentNote,
                "police.uk street-level crimes (essex) has no data for Jul 2019 to Sep 2019, Jan 2020.",
                "No data is loaded from Force call records for essex.",
                "The monthly trend of Offences against children aged <16 & their carers has no value for May 2024.",
            ],
            Section(Essex, "Data gaps").Bullets);
    }

    [Fact]
    public void Write_NoGapsSaysSo()
    {
        var summary = ScorecardSummaryWriter.Write(TestReports.SingleRow("Number of offences"));

        Assert.Equal("Every value in the table is available, and no data source has months missing.", Section(summary, "Data gaps").Lead);
    }

    [Fact]
    public void Write_SingleIndicatorOverview()
    {
        var summary = ScorecardSummaryWriter.Write(TestReports.SingleRow("Number of offences"));

        Assert.Equal("Compared with the 12 months to May 2023, the one indicator in the 12 months to May 2024 was improving.", Section(summary, "Overview").Lead);
    }

    [Fact]
    public void Write_BritishSpelling()
    {
        var text = string.Join(" ", Essex.Sentences.Concat(Surveys.Sentences));

        Assert.DoesNotMatch(@"\b(behavior|color|analyze|center)\b", text);
    }

    private static SummarySection Section(ScorecardSummary summary, string heading) =>
        summary.Sections.Single(section => section.Heading == heading);

    // Figures of the table as displayed, without signs: values, differences and interval half-widths,
    // plus the counts of indicators, which the overview states and the table shows as its rows.
    private static HashSet<string> TableNumbers(ScorecardReport report)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var priority in report.Priorities)
        {
            foreach (var row in priority.Rows)
            {
                var formatted = ScorecardFormatter.FormatRow(priority.Priority, row);
                var cells = formatted.Values.Select(value => value.Text)
                    .Append(formatted.NumberDifference)
                    .Append(formatted.PercentDifference)
                    .Concat(formatted.Interval?.HalfWidths ?? []);
                numbers.UnionWith(cells.Select(cell => cell.TrimStart('-')));
            }
        }

        var rows = report.Rows.ToList();
        numbers.Add(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var direction in Enum.GetValues<Direction>())
        {
            numbers.Add(rows.Count(row => row.Direction == direction).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return numbers;
    }

    // Numbers in a sentence, leaving out months ("May 2024", "2019-01") and "12 months", which are dates, not figures.
    private static IEnumerable<string> NumbersIn(string sentence)
    {
        var withoutDates = Regex.Replace(sentence, @"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b|\b\d{4}-\d{2}\b|\b12 months\b", " ");
        return Regex.Matches(withoutDates, @"\d{2}:\d{2}|\d+(,\d{3})*(\.\d+)?").Select(match => match.Value);
    }
}
