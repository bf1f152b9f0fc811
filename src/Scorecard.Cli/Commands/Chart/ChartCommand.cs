using System.CommandLine;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Data;
using Scorecard.Data.Measures;
using Scorecard.Data.Plans;
using Scorecard.Data.Store;
using Scorecard.Reports.Charts;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Chart;

/// <summary><c>scorecard chart</c>: writes the statistical process control (XmR) chart of a plan's indicators.</summary>
public static class ChartCommand
{
    /// <summary>Builds the <c>chart</c> verb.</summary>
    public static Command Create()
    {
        var plan = new Option<string>("--plan") { Description = "Plan file (YAML) that defines the indicators.", HelpName = "FILE", Required = true };
        var indicators = new Option<string[]>("--indicator")
        {
            Description = "Indicator id to chart; repeat or comma-separate for several. Default: every indicator of the plan.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = true,
        };
        var month = new Option<string?>("--month") { Description = "Last month charted, yyyy-MM. Default: the last month loaded for the plan's force.", HelpName = "yyyy-MM" };
        var months = new Option<int>("--months") { Description = "Months charted, ending with --month. Default: 36; at least 13 give firm limits.", HelpName = "N", DefaultValueFactory = _ => 36 };
        var series = new Option<string>("--series")
        {
            Description = "Value per point: monthly (one month's value) or rolling-12 (the 12 months to each month). Default: monthly.",
            HelpName = "KIND",
            DefaultValueFactory = _ => "monthly",
        };
        var output = new Option<string>("--out") { Description = "Folder for the SVG and PNG files; created if missing. Default: out.", HelpName = "FOLDER", DefaultValueFactory = _ => "out" };

        var command = new Command("chart", "Write XmR (statistical process control) charts as SVG and PNG, with special-cause points flagged by rule.")
        {
            plan,
            indicators,
            month,
            months,
            series,
            output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(ScorecardCli.DatabaseOption)!,
            parse.GetValue(plan)!,
            parse.GetValue(indicators) ?? [],
            parse.GetValue(month),
            parse.GetValue(months),
            parse.GetValue(series)!,
            parse.GetValue(output)!));
        return command;
    }

    private static int Run(string database, string planPath, string[] indicatorIds, string? monthText, int monthCount, string seriesText, string outputFolder)
    {
        var kind = seriesText switch
        {
            "monthly" => SpcSeriesKind.Monthly,
            "rolling-12" => SpcSeriesKind.Rolling12Months,
            _ => throw new ScorecardDataException($"--series '{seriesText}' is not a series kind. Use monthly or rolling-12."),
        };
        if (monthCount < 2 || monthCount > 240)
        {
            throw new ScorecardDataException($"--months {monthCount} is outside 2 to 240. Chart at least two months; 13 or more give firm limits.");
        }

        var plan = PlanReader.ReadFile(planPath);
        var chosen = ChooseIndicators(plan, indicatorIds);
        if (!File.Exists(database))
        {
            throw new ScorecardDataException($"No store at '{database}'. Import data first, for example: scorecard import police-uk samples/police-uk/city-of-london-2017-2020.zip");
        }

        using var store = ScorecardStore.Open(database);
        var last = LastMonth(store, plan, monthText);
        var first = last.AddMonths(1 - monthCount);
        var source = new StoreSeriesSource(store, plan.Force);
        Directory.CreateDirectory(outputFolder);

        foreach (var indicator in chosen)
        {
            var points = IndicatorSeries.Build(indicator.Measure, source, first, last, kind);
            var result = XmrChart.Calculate(points, indicator.SpcOptions.WithRebasesInside(points), indicator.Polarity, indicator.Target);
            var title = kind == SpcSeriesKind.Monthly ? indicator.Label : $"{indicator.Label} (rolling 12 months)";
            var chartOptions = new SpcChartOptions { ValueLabel = UnitLabel(indicator.Unit) };
            var stem = Path.Combine(outputFolder, $"{indicator.Id}-spc");
            SpcChartRenderer.WriteSvg(result, title, stem + ".svg", chartOptions);
            SpcChartRenderer.WritePng(result, title, stem + ".png", chartOptions);
            WriteSummary(indicator, result, stem);
        }

        return ScorecardCli.Success;
    }

    private static IReadOnlyList<Indicator> ChooseIndicators(Plan plan, string[] ids)
    {
        var requested = ids.SelectMany(id => id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (requested.Count == 0)
        {
            return plan.Indicators.ToList();
        }

        var byId = plan.Indicators.ToDictionary(indicator => indicator.Id);
        return requested.Select(id => byId.TryGetValue(id, out var indicator)
            ? indicator
            : throw new ScorecardDataException($"--indicator '{id}' is not in the plan. Its indicators are: {string.Join(", ", byId.Keys)}.")).ToList();
    }

    private static ReportMonth LastMonth(ScorecardStore store, Plan plan, string? monthText)
    {
        if (monthText is not null)
        {
            return ReportMonth.TryParse(monthText, out var month)
                ? month
                : throw new ScorecardDataException($"--month '{monthText}' is not a month. Write it as yyyy-MM, for example 2020-11.");
        }

        var loaded = StoreInfo.Sources(store).Where(source => source.Force == plan.Force).SelectMany(source => source.Months).ToList();
        return loaded.Count > 0
            ? loaded.Max()
            : throw new ScorecardDataException($"No data is loaded for the plan's force '{plan.Force}', so there is no last month to chart. Import data or pass --month.");
    }

    private static string RuleName(SpcRule rule) => rule switch
    {
        SpcRule.OutsideLimits => "a point outside the process limits",
        SpcRule.TwoOfThreeNearLimit => "two of three points beyond two sigma",
        SpcRule.Shift => "a run on one side of the mean",
        SpcRule.Trend => "a trend",
        _ => rule.ToString(),
    };

    private static string UnitLabel(Unit unit) => unit switch
    {
        Unit.Count => "Number",
        Unit.Percentage => "Percentage",
        Unit.Score => "Score",
        Unit.DurationSeconds => "Seconds",
        Unit.Days => "Days",
        Unit.RatePer1000 => "Rate per 1,000",
        _ => "Value",
    };

    private static void WriteSummary(Indicator indicator, XmrResult result, string stem)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{indicator.Id}[/]: {SpcIcons.Describe(result.Variation)}. Wrote {stem}.svg and {stem}.png");
        if (result.Assurance != AssuranceIcon.None)
        {
            AnsiConsole.MarkupLineInterpolated($"  Target {indicator.Target}: {SpcIcons.Describe(result.Assurance)}.");
        }

        var flagged = result.Points.Where(point => point.IsSpecialCause).ToList();
        if (flagged.Count > 0)
        {
            var improvement = flagged.Count(point => point.Type == SpcPointType.Improvement);
            var concern = flagged.Count(point => point.Type == SpcPointType.Concern);
            AnsiConsole.MarkupLineInterpolated($"  Special-cause points: {flagged.Count} ({improvement} improvement, {concern} concern).");
        }

        if (result.LatestPoint is { IsSpecialCause: true } latest)
        {
            var rules = string.Join(", ", latest.Hits.Select(hit => RuleName(hit.Rule)).Distinct());
            AnsiConsole.MarkupLineInterpolated($"  Latest point {latest.Month.ToLongName()}: {latest.Type.ToString().ToLowerInvariant()}, flagged by {rules}.");
        }

        foreach (var warning in result.Warnings)
        {
            AnsiConsole.MarkupLineInterpolated($"  [yellow]{warning}[/]");
        }
    }
}
