using System.CommandLine;
using System.Reflection;
using System.Security.Cryptography;
using Scorecard.Core.Scorecards;
using Scorecard.Core.Time;
using Scorecard.Data;
using Scorecard.Data.Measures;
using Scorecard.Data.Plans;
using Scorecard.Data.Store;
using Scorecard.Reports.Pdf;
using Scorecard.Reports.Rendering;

namespace Scorecard.Cli.Commands.Report;

/// <summary><c>scorecard report</c>: evaluates a plan for a report month and writes the scorecard files.</summary>
public static class ReportCommand
{
    /// <summary>Builds the <c>report</c> verb.</summary>
    public static Command Create()
    {
        var plan = new Option<string>("--plan")
        {
            Description = "Plan file (YAML) naming the force, priorities and indicators.",
            HelpName = "FILE",
            Required = true,
        };
        var month = new Option<string>("--month")
        {
            Description = "Report month, yyyy-MM: the last month of the current 12-month window (2020-11 gives 12 months to Nov 2020).",
            HelpName = "yyyy-MM",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the scorecard files to; created if missing.",
            HelpName = "FOLDER",
            DefaultValueFactory = _ => "out",
        };
        var formats = new Option<string[]>("--format")
        {
            Description =
                $"Output formats, comma-separated or repeated: {string.Join(", ", ScorecardRenderers.FormatNames)}. " +
                "summary is the written summary alone as Markdown (.summary.md). Default: all of them.",
            HelpName = "FORMAT",
            AllowMultipleArgumentsPerToken = true,
        };
        var chromium = new Option<string>("--chromium")
        {
            Description = "Chromium executable that prints the PDF; the default is where Debian's chromium package puts it.",
            HelpName = "PATH",
            DefaultValueFactory = _ => PdfScorecardWriter.DefaultChromiumPath,
        };

        var command = new Command("report", "Write the scorecard of a plan for a report month as HTML, CSV, Markdown, XLSX, PDF, JSON and a written summary.")
        {
            plan,
            month,
            output,
            formats,
            chromium,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(ScorecardCli.DatabaseOption)!,
            parse.GetValue(plan)!,
            parse.GetValue(month)!,
            parse.GetValue(output)!,
            parse.GetValue(formats) ?? [],
            parse.GetValue(chromium)!,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string database,
        string planPath,
        string monthText,
        string outputFolder,
        string[] formatNames,
        string chromiumPath,
        CancellationToken cancellationToken)
    {
        if (!ReportMonth.TryParse(monthText, out var month))
        {
            throw new ScorecardDataException($"--month '{monthText}' is not a month. Write it as yyyy-MM, for example 2020-11.");
        }

        var outputs = ChooseOutputs(formatNames, chromiumPath);
        var plan = PlanReader.ReadFile(planPath);
        if (!File.Exists(database))
        {
            throw new ScorecardDataException($"No store at '{database}'. Import data first, for example: scorecard import police-uk samples/police-uk/city-of-london-2017-2020.zip");
        }

        using var store = ScorecardStore.Open(database);
        var loaded = StoreInfo.Sources(store).Where(source => source.Force == plan.Force).ToList();
        var coverage = loaded.Select(source => source.ToCoverage()).ToList();
        if (coverage.Count == 0)
        {
            var forces = StoreInfo.Sources(store).Select(source => source.Force).Distinct().ToList();
            var storeContents = forces.Count == 0 ? "nothing is loaded" : $"it holds {string.Join(", ", forces)}";
            throw new ScorecardDataException($"The plan's force '{plan.Force}' has no data in '{database}' ({storeContents}). Import that force's files, or set force: in the plan.");
        }

        if (SyntheticMarker.IsSynthetic(store, plan.Force))
        {
            // Every output shows the plan's name and force, so the label travels with the figures.
            plan = plan with
            {
                Name = $"SYNTHETIC DATA: {plan.Name}",
                ForceName = $"{plan.ForceDisplayName} (synthetic extract made by scorecard generate, not real police figures)",
            };
        }

        var provenance = new Provenance(planPath, Sha256(planPath), Version, DateTimeOffset.UtcNow);
        var series = new StoreSeriesSource(store, plan.Force);
        var report = ScorecardBuilder.Build(plan, month, series, coverage, provenance);

        Directory.CreateDirectory(outputFolder);
        var stem = $"{Path.GetFileNameWithoutExtension(planPath)}-{month}";
        var failed = 0;

        // A format that cannot be written here (PDF without Chromium) is reported, and the others are still written.
        foreach (var output in outputs)
        {
            var path = Path.Combine(outputFolder, stem + output.FileExtension);
            try
            {
                await output.WriteFileAsync(report, path, cancellationToken);
                ConsoleLines.MarkupLine($"Wrote {path}");
            }
            catch (ScorecardOutputException error)
            {
                failed++;
                ScorecardCli.WriteError($"{output.FormatName} was not written: {error.Message}");
            }
        }

        foreach (var note in report.DataNotes)
        {
            ConsoleLines.MarkupLine($"[yellow]Note {note.Marker}:[/] {note.Text}");
        }

        WriteWarnings(report, series, loaded);
        return failed == 0 ? ScorecardCli.Success : ScorecardCli.Failure;
    }

    // Warnings come after the notes, so they are the last lines written.
    private static void WriteWarnings(ScorecardReport report, StoreSeriesSource series, IReadOnlyList<LoadedSource> loaded)
    {
        var kindsUsed = report.Plan.Indicators.SelectMany(indicator => series.SourceKindsOf(indicator.Measure)).ToHashSet(StringComparer.Ordinal);
        var used = loaded.Where(source => kindsUsed.Contains(source.Kind)).ToList();
        foreach (var warning in ReportWarnings.DataEndsEarly(report, used).Concat(ReportWarnings.DataStartsLate(report, used)))
        {
            ScorecardCli.WriteWarning(warning);
        }

        if (ReportWarnings.NoCurrentValues(report) is { } empty)
        {
            ScorecardCli.WriteWarning(empty);
        }
    }

    private static IReadOnlyList<IScorecardOutput> ChooseOutputs(string[] formatNames, string chromiumPath)
    {
        var all = ScorecardRenderers.Create(chromiumPath);
        var names = formatNames.SelectMany(name => name.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (names.Count == 0)
        {
            return all;
        }

        return names
            .Select(name => all.FirstOrDefault(output => string.Equals(output.FormatName, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ScorecardDataException($"--format '{name}' is not a scorecard format. Use one of: {string.Join(", ", ScorecardRenderers.FormatNames)}."))
            .Distinct()
            .ToList();
    }

    /// <summary>Scorecard's version, as built into the assembly.</summary>
    public static string Version =>
        typeof(ReportCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
