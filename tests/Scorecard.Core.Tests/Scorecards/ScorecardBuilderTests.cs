using Scorecard.Core.Comparison;
using Scorecard.Core.Plans;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Tests.Measures;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Scorecards;

public sealed class ScorecardBuilderTests
{
    private static readonly MeasureDefinition Crimes = new CrimeCountMeasure([], []);

    private static readonly Provenance Provenance = new("plan.yaml", "00", "test", DateTimeOffset.UnixEpoch);

    private static Plan PlanWith(params Indicator[] indicators) =>
        new("Test plan", "test-force", new ReportMonth(2019, 12), [new Priority(1, "Reducing crime", indicators)], new Dictionary<int, string>());

    private static Indicator CrimeIndicator(string id = "all-crime") =>
        new(id, "Number of all crime offences", [], Unit.Count, Polarity.LowerIsBetter, Crimes, true, DirectionMethodKind.Polarity);

    [Fact]
    public void Windows_ForNov2020_AreBaselinePreviousCurrent()
    {
        var windows = ScorecardWindows.For(new ReportMonth(2020, 11), new ReportMonth(2019, 12));

        Assert.Equal("12 months to Dec 2019", windows.Baseline.Label);
        Assert.Equal("12 months to Nov 2019", windows.Previous.Label);
        Assert.Equal("12 months to Nov 2020", windows.Current.Label);
        Assert.Equal("2019/20", windows.ComparisonYears);
    }

    [Fact]
    public void Windows_ForMay2024_ComparisonYearsAsPublished()
    {
        Assert.Equal("2023/24", ScorecardWindows.For(new ReportMonth(2024, 5), new ReportMonth(2019, 12)).ComparisonYears);
    }

    [Fact]
    public void Build_CountsEachWindowAndCompares()
    {
        // Baseline Jan to Dec 2019: 12 x 10 = 120. Previous Dec 2018 to Nov 2019: 11 x 10 + 5 = 115
        // (Dec 2018 has 5). Current Dec 2019 to Nov 2020: 10 + 11 x 8 = 98. 98 - 115 = -17, -14.78%.
        var table = new SeriesTable().Add(Crimes, "2018-12", 5);
        foreach (var month in Window.Between(new ReportMonth(2019, 1), new ReportMonth(2019, 12)).Months)
        {
            table.Add(Crimes, month.ToString(), 10);
        }

        foreach (var month in Window.Between(new ReportMonth(2020, 1), new ReportMonth(2020, 11)).Months)
        {
            table.Add(Crimes, month.ToString(), 8);
        }

        var report = ScorecardBuilder.Build(PlanWith(CrimeIndicator()), new ReportMonth(2020, 11), table, [], Provenance);

        var row = Assert.Single(report.Rows);
        Assert.Equal(120, row.Baseline.Value);
        Assert.Equal(115, row.Previous.Value);
        Assert.Equal(98, row.Current.Value);
        Assert.Equal(-17, row.Differences.Number);
        Assert.Equal(-14.7826, row.Differences.Percent!.Value, 4);
        Assert.Equal(Direction.Improving, row.Direction);
        Assert.Empty(report.DataNotes);
        Assert.Single(report.MethodNotes);
    }

    [Fact]
    public void Build_MissingMonth_GetsLetteredNoteAndNoDirection()
    {
        var table = new SeriesTable().Cover(Window.MonthsEnding(12, new ReportMonth(2020, 11)));

        var report = ScorecardBuilder.Build(PlanWith(CrimeIndicator("a"), CrimeIndicator("b")), new ReportMonth(2020, 11), table, [], Provenance);

        // Both indicators miss the same months, so they share one note per window.
        var first = report.Rows.First();
        Assert.Equal(["a", "b", null], first.NoteMarkers);
        Assert.Equal(Direction.NotAvailable, first.Direction);
        Assert.Null(first.Differences.Number);
        Assert.Equal(["a", "b", null], report.Rows.Last().NoteMarkers);
        Assert.Equal(2, report.DataNotes.Count);
        Assert.Equal("12 months to Dec 2019: not available because no data for Jan 2019 to Nov 2019.", report.DataNotes[0].Text);
    }
}
