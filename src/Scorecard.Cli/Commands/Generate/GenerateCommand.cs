using System.CommandLine;
using System.Diagnostics;
using Scorecard.Core.Time;
using Scorecard.Data;
using Scorecard.Data.Synthetic;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Generate;

/// <summary><c>scorecard generate</c>: writes a synthetic force extract for trying Scorecard without real data.</summary>
public static class GenerateCommand
{
    /// <summary>Builds the <c>generate</c> verb.</summary>
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to write the extract to; created if missing. Files of the same names in it are replaced.",
            HelpName = "FOLDER",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random draws; the same seed and options give byte-identical files.",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
        };
        var offencesPerYear = new Option<int>("--offences-per-year")
        {
            Description = $"Mean offences recorded a year over the months generated, {SyntheticForceOptions.MinOffencesPerYear} to {SyntheticForceOptions.MaxOffencesPerYear:N0}. "
                + "Calls, survey responses, returns and population scale with it. 150000 is about the size of Essex Police.",
            HelpName = "N",
            DefaultValueFactory = _ => SyntheticForceOptions.EssexOffencesPerYear,
        };
        var from = new Option<string>("--from")
        {
            Description = "First month generated, yyyy-MM.",
            HelpName = "yyyy-MM",
            DefaultValueFactory = _ => "2019-01",
        };
        var to = new Option<string>("--to")
        {
            Description = "Last month generated, yyyy-MM, included.",
            HelpName = "yyyy-MM",
            DefaultValueFactory = _ => "2024-05",
        };
        var forceName = new Option<string>("--force-name")
        {
            Description = "Name of the invented force, written in README.txt.",
            HelpName = "NAME",
            DefaultValueFactory = _ => SyntheticForceOptions.DefaultForceName,
        };

        var command = new Command(
            "generate",
            "Write a synthetic force extract (offences, calls, survey, returns and reference data) for an invented force. The data is made up, not real police data.")
        {
            output,
            seed,
            offencesPerYear,
            from,
            to,
            forceName,
        };
        command.SetAction(parse => Run(
            parse.GetValue(output)!,
            new SyntheticForceOptions
            {
                Seed = parse.GetValue(seed),
                OffencesPerYear = parse.GetValue(offencesPerYear),
                From = ParseMonth("--from", parse.GetValue(from)!),
                To = ParseMonth("--to", parse.GetValue(to)!),
                ForceName = parse.GetValue(forceName)!,
            }));
        return command;
    }

    private static ReportMonth ParseMonth(string option, string text) =>
        ReportMonth.TryParse(text, out var month)
            ? month
            : throw new ScorecardDataException($"{option} '{text}' is not a month. Write it as yyyy-MM, for example 2019-01.");

    private static int Run(string folder, SyntheticForceOptions options)
    {
        options.Validate();
        ConsoleLines.MarkupLine(
            $"Generating SYNTHETIC data for \"{options.ForceName}\": {options.OffencesPerYear:N0} offences a year, {options.From.ToLongName()} to {options.To.ToLongName()}, seed {options.Seed}.");

        var stopwatch = Stopwatch.StartNew();
        var counts = AnsiConsole.Profile.Capabilities.Interactive
            ? GenerateWithProgressBar(folder, options)
            : SyntheticForceGenerator.Generate(folder, options, new SynchronousProgress(WriteYearDone));

        var table = new Table().AddColumns("File", "Rows");
        table.Columns[1].RightAligned();
        foreach (var count in counts)
        {
            table.AddRow(Markup.Escape(count.File), count.Rows.ToString("N0"));
        }

        AnsiConsole.Write(table);
        ConsoleLines.MarkupLine($"Wrote {counts.Count + 1} files to {folder} in {stopwatch.Elapsed.TotalSeconds:N1} s. README.txt says how they were made.");
        return ScorecardCli.Success;
    }

    private static IReadOnlyList<SyntheticFileCount> GenerateWithProgressBar(string folder, SyntheticForceOptions options)
    {
        IReadOnlyList<SyntheticFileCount>? counts = null;
        AnsiConsole.Progress().Start(context =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            var progress = new SynchronousProgress(update =>
            {
                if (!tasks.TryGetValue(update.File, out var task))
                {
                    task = context.AddTask(update.File, maxValue: update.MonthCount);
                    tasks[update.File] = task;
                }

                task.Value = update.MonthsDone;
                task.Description = $"{update.File} {update.Rows:N0} rows";
            });
            counts = SyntheticForceGenerator.Generate(folder, options, progress);
        });
        return counts!;
    }

    // Without a terminal, one line per file per year is enough to show the run is moving.
    private static void WriteYearDone(SyntheticProgress update)
    {
        if (update.Month.Month == 12 || update.MonthsDone == update.MonthCount)
        {
            Console.WriteLine($"{update.File}: to {update.Month.ToLongName()}, {update.Rows:N0} rows");
        }
    }

    // Progress<T> posts to the thread pool, so its reports could arrive after the summary; this one reports in order, on the calling thread.
    private sealed class SynchronousProgress(Action<SyntheticProgress> report) : IProgress<SyntheticProgress>
    {
        public void Report(SyntheticProgress value) => report(value);
    }
}
