using System.CommandLine;
using Scorecard.Core.Plans;
using Scorecard.Core.Spc;
using Scorecard.Core.Time;
using Scorecard.Data;
using Scorecard.Data.Measures;
using Scorecard.Data.Plans;
using Scorecard.Data.Store;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Chart;

/// <summary>
/// <c>scorecard chart</c>: writes the statistical process control (XmR) chart of a plan's
/// indicators, for the whole force, for one area, or for the force and each of its areas.
/// </summary>
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
        var months = new Option<int>("--months") { Description = "Months charted, ending with --month; at least 13 give firm limits.", HelpName = "N", DefaultValueFactory = _ => 36 };
        var series = new Option<string>("--series")
        {
            Description = "Value per point: monthly (one month's value) or rolling-12 (the 12 months to each month). "
                + "Rolling values overlap, so judge special cause on monthly values.",
            HelpName = "KIND",
            DefaultValueFactory = _ => "monthly",
        };
        var output = new Option<string>("--out") { Description = "Folder for the SVG and PNG files; created if missing.", HelpName = "FOLDER", DefaultValueFactory = _ => "out" };
        var area = new Option<string?>("--area")
        {
            Description = "Chart one area instead of the whole force: a local authority district for police.uk data (the LSOA name without its code), "
                + "or a value of the area column of extracts and monthly returns; case is ignored. Default: the whole force.",
            HelpName = "NAME",
        };
        var byArea = new Option<bool>("--by-area")
        {
            Description = "Chart the whole force and then each area named in the indicator's data, one file pair per area (ID-spc-AREA.svg and .png, or ID-spc-rolling-12-AREA for rolling values). "
                + "An area whose months are mostly zero gets no chart, because an XmR chart of rare events flags noise as special cause. Default: off.",
        };

        var command = new Command("chart", "Write XmR (statistical process control) charts as SVG and PNG, with special-cause points flagged by rule.")
        {
            plan,
            indicators,
            month,
            months,
            series,
            output,
            area,
            byArea,
        };
        command.SetAction(parse => Run(
            parse.GetValue(ScorecardCli.DatabaseOption)!,
            parse.GetValue(plan)!,
            parse.GetValue(indicators) ?? [],
            parse.GetValue(month),
            parse.GetValue(months),
            parse.GetValue(series)!,
            parse.GetValue(output)!,
            parse.GetValue(area),
            parse.GetValue(byArea)));
        return command;
    }

    private static int Run(
        string database, string planPath, string[] indicatorIds, string? monthText, int monthCount, string seriesText, string outputFolder, string? areaName, bool byArea)
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

        if (areaName is not null && byArea)
        {
            throw new ScorecardDataException($"--area '{areaName}' and --by-area cannot be used together. Pass --area for one area, or --by-area for the force and every area.");
        }

        if (areaName is not null && areaName.Trim().Length == 0)
        {
            throw new ScorecardDataException("--area is empty. Give an area name, such as --area Camden, or leave the option out to chart the whole force.");
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
        var forceSource = new StoreSeriesSource(store, plan.Force);
        var areaSource = areaName is null ? null : forceSource.ForArea(areaName);
        Directory.CreateDirectory(outputFolder);
        var charts = new ChartSet(first, last, kind, outputFolder);

        foreach (var indicator in chosen)
        {
            if (areaSource is not null)
            {
                WriteAreaChart(charts, indicator, areaSource, AreaSlug.Of(areaSource.Area!), oneLine: false);
                continue;
            }

            var chart = charts.Calculate(indicator, forceSource);
            var stem = charts.Write(indicator, chart, area: null, slug: null);
            WriteSummary(indicator.Id, indicator, chart.Result, stem);
            if (byArea)
            {
                WriteEveryArea(charts, indicator, forceSource);
            }
        }

        return ScorecardCli.Success;
    }

    private static void WriteEveryArea(ChartSet charts, Indicator indicator, StoreSeriesSource forceSource)
    {
        var areas = forceSource.Areas(indicator.Measure);
        if (areas.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"  [yellow]No area is named in the data behind {indicator.Id}, so only the force's chart was written.[/]");
            return;
        }

        var slugs = AreaSlug.Unique(areas);
        foreach (var area in areas)
        {
            WriteAreaChart(charts, indicator, forceSource.ForArea(area), slugs[area], oneLine: true);
        }
    }

    // An area where the measure has no value in any month gets no chart, and the reason instead.
    // So does an area where more than half the months are zero. Splitting a force into areas gives
    // series of rare events, where runs of zeros below the mean are flagged as shifts. The
    // moving-range screen can also shrink the limits to the mean, so one crime in 36 months flags
    // every month. NOTE: the half-zero cut-off is a judgement, not a published rule; a g chart or
    // t chart would suit such areas.
    private static void WriteAreaChart(ChartSet charts, Indicator indicator, StoreSeriesSource areaSource, string slug, bool oneLine)
    {
        var area = areaSource.Area!;
        var chart = charts.Calculate(indicator, areaSource);
        var result = chart.Result;
        var values = result.Points.Where(point => point.Value is not null).Select(point => point.Value!.Value).ToList();
        if (values.Count == 0)
        {
            var reason = charts.LastValue(indicator, areaSource).UnavailableReason ?? "no month has a value";
            AnsiConsole.MarkupLineInterpolated($"  [yellow]{area}: no chart for {indicator.Id}, because {reason}.[/]");
            return;
        }

        var zeros = values.Count(value => value == 0);
        if (zeros * 2 > values.Count)
        {
            var months = values.Count == 1 ? "its only month with a value is zero"
                : zeros == values.Count ? $"all {zeros} of its months with a value are zero"
                : $"{zeros} of its {values.Count} months with a value are zero";
            AnsiConsole.MarkupLineInterpolated(
                $"  [yellow]{area}: no chart for {indicator.Id}, because {months}, and an XmR chart of such rare events flags noise as special cause.[/]");
            return;
        }

        var stem = charts.Write(indicator, chart, area, slug);
        if (oneLine)
        {
            AnsiConsole.MarkupLineInterpolated($"  {area}: {SpcIcons.Describe(result.Variation)}. Wrote {stem}.svg and {stem}.png");
        }
        else
        {
            WriteSummary($"{indicator.Id} ({area})", indicator, result, stem);
        }
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
            : throw new ScorecardDataException($"--indicator '{id}' is not in the plan. Its indicators are: {string.Join(", ", byId.Keys)}.{(NearestName.Suggestion(id, byId.Keys) is { } suggestion ? " " + suggestion : "")}")).ToList();
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

    // The summary goes to standard output and the chart's warnings, each naming the chart, to standard error.
    private static void WriteSummary(string heading, Indicator indicator, XmrResult result, string stem)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{heading}[/]: {SpcIcons.Describe(result.Variation)}. Wrote {stem}.svg and {stem}.png");
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
            ScorecardCli.WriteWarning(warning, heading);
        }
    }
}
