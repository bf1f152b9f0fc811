using Scorecard.Core.Measures;
using Scorecard.Core.Plans;
using Scorecard.Core.Time;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Measures;
using Scorecard.Data.Plans;
using Scorecard.Data.Store;

namespace Scorecard.Data.Tests.Extracts;

public sealed class PublishedScorecardImportTests : IDisposable
{
    private const string Header =
        "priority_number,priority_title,indicator,footnotes,sub_group,unit,polarity,"
        + "period_1_label,period_1_end,period_1_months,period_1_value,period_1_half_width,"
        + "period_2_label,period_2_end,period_2_months,period_2_value,period_2_half_width,"
        + "number_difference,percent_difference,direction,source_line";

    private readonly ExtractFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Row(string label, string unit, string first, string second, string subGroup = "", string firstHalf = "", string secondHalf = "") =>
        $"1,Test,{label},,{subGroup},{unit},lower_is_better,12 months to May 2023,2023-05,12,{first},{firstHalf},12 months to May 2024,2024-05,12,{second},{secondHalf},,,,4";

    private ExtractImportResult Import(ScorecardStore store, Plan? plan, params string[] rows)
    {
        var path = _files.Write("export.csv", Header, rows);
        return new ExtractImporter(store).Import(ExtractKind.Returns, [path], new ExtractImportOptions(ExtractFiles.Force) { Plan = plan });
    }

    private static WindowValue Evaluate(ScorecardStore store, string returnsId, ValueKind kind, int lastYear) =>
        WindowEvaluator.Evaluate(new ReturnsMeasure(returnsId, kind), new StoreSeriesSource(store, ExtractFiles.Force), Window.MonthsEnding(12, new ReportMonth(lastYear, 5)));

    [Fact]
    public void Import_Count_SpreadsWholeNumbersAndKeepsTotal()
    {
        // 17 over 12 months: 2 in each of the first five months, 1 in the other seven.
        using var store = ScorecardStore.OpenInMemory();

        var result = Import(store, null, Row("Number of homicides", "count", "14", "17"));

        Assert.Equal(0, result.BadRowCount);
        Assert.Equal(14, Evaluate(store, "number-of-homicides", ValueKind.Sum, 2023).Value);
        Assert.Equal(17, Evaluate(store, "number-of-homicides", ValueKind.Sum, 2024).Value);
        Assert.Equal(2.0, store.Scalar("SELECT value FROM monthly_returns WHERE month = DATE '2023-06-01'"));
        Assert.Equal(1.0, store.Scalar("SELECT value FROM monthly_returns WHERE month = DATE '2024-05-01'"));
    }

    [Fact]
    public void Import_SurveyWithInterval_ReproducesHalfWidth()
    {
        // 60.9% +-3.0: n = 1.959964^2 x 0.609 x 0.391 / 0.03^2 = 1016.3, whose interval is +-3.0 again.
        using var store = ScorecardStore.OpenInMemory();
        Import(store, null, Row("Confidence of victims", "percentage", "60.9", "60.3", "Victims", "3.0", "3.1"));

        var value = Evaluate(store, "confidence-of-victims-victims", ValueKind.WeightedPercentage, 2023);

        Assert.Equal(60.9, value.Value!.Value, 9);
        Assert.Equal(3.0, value.Interval!.HalfWidth, 9);
    }

    [Fact]
    public void Import_MeanDuration_KeepsMean()
    {
        using var store = ScorecardStore.OpenInMemory();
        Import(store, null, Row("CCC 101 Average wait time (mm:ss)", "duration_seconds", "614", "518"));

        Assert.Equal(518, Evaluate(store, "ccc-101-average-wait-time-mm-ss", ValueKind.Mean, 2024).Value!.Value, 9);
    }

    [Fact]
    public void Import_WithPlan_UsesIndicatorsReturnsIds()
    {
        var plan = PlanReader.Read("""
            name: Test
            force: test-force
            priorities:
              - number: 1
                title: Test
                indicators:
                  - id: homicides
                    label: Number of homicides
                    unit: count
                    polarity: lower-is-better
                    measure: { kind: offences, codes: ["1"], returns: homicide-returns }
            """, "plan.yaml");
        using var store = ScorecardStore.OpenInMemory();

        var result = Import(store, plan, Row("Number  of Homicides", "count", "14", "17"), Row("Number of dog thefts", "count", "54", "44"));

        Assert.Equal(17, Evaluate(store, "homicide-returns", ValueKind.Sum, 2024).Value);
        var bad = Assert.Single(result.BadRows);
        Assert.Equal(3, bad.Line);
        Assert.Contains("No indicator of the plan has the label 'Number of dog thefts'", bad.Problem);
    }

    [Fact]
    public void Import_OverlappingPeriods_IsBadRow()
    {
        using var store = ScorecardStore.OpenInMemory();
        var row = "1,Test,Number of homicides,,,count,lower_is_better,12 months to May 2023,2023-05,12,14,,12 months to Nov 2023,2023-11,12,15,,,,,4";

        var result = Import(store, null, row);

        var bad = Assert.Single(result.BadRows);
        Assert.Contains("Two periods of the row both include 2022-12", bad.Problem);
    }

    [Fact]
    public void Import_UnknownUnit_IsBadRow()
    {
        using var store = ScorecardStore.OpenInMemory();

        var result = Import(store, null, Row("Number of homicides", "furlongs", "14.5", "17"));

        var bad = Assert.Single(result.BadRows);
        Assert.Equal("unit", bad.Column);
    }

    [Fact]
    public void Import_DashForPeriod_LeavesItMissing()
    {
        using var store = ScorecardStore.OpenInMemory();

        Import(store, null, Row("Feeling safe", "percentage", "", "45.0", "", "", "1.5"));

        Assert.False(Evaluate(store, "feeling-safe", ValueKind.WeightedPercentage, 2023).IsAvailable);
        Assert.Equal(45.0, Evaluate(store, "feeling-safe", ValueKind.WeightedPercentage, 2024).Value!.Value, 9);
    }

    [Theory]
    [InlineData("Number of homicides", "number-of-homicides")]
    [InlineData("Harm (Crime Severity) Score - All Crime", "harm-crime-severity-score-all-crime")]
    [InlineData("  Spaces  and CAPS  ", "spaces-and-caps")]
    public void Slug_LowerCaseWordsJoinedByHyphens(string label, string expected)
    {
        Assert.Equal(expected, PublishedScorecardReader.Slug(label));
    }
}
