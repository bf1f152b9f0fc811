using System.CommandLine;
using Scorecard.Data.Import;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Import;

/// <summary>What every import sub-command shares: the PATH argument, <c>--strict</c>, the progress bar and the bad-row listing.</summary>
internal static class ImportOutput
{
    /// <summary>Bad rows printed after an import; the rest are counted.</summary>
    private const int BadRowsShown = 50;

    // Below this many bytes an import takes well under a second and a progress bar only flickers.
    private const long ProgressBarBytes = 20_000_000;

    /// <summary>Creates the PATH argument, one or more files or folders.</summary>
    public static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Creates the <c>--strict</c> option.</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Store nothing if any row is bad. Default: skip bad rows, import the rest and list the bad rows.",
    };

    /// <summary>Runs <paramref name="import"/>, with a progress bar when the terminal is interactive and the files are large.</summary>
    public static T WithProgress<T>(string[] paths, Func<IProgress<ImportProgress>?, T> import)
    {
        var totalBytes = paths.Sum(path => File.Exists(path) ? new FileInfo(path).Length : 0);
        if (!AnsiConsole.Profile.Capabilities.Interactive || totalBytes <= ProgressBarBytes)
        {
            return import(null);
        }

        T? result = default;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("Importing", maxValue: 1);
            var progress = new Progress<ImportProgress>(update =>
            {
                task.MaxValue = Math.Max(1, update.BytesTotal);
                task.Value = update.BytesDone;
                task.Description = $"{update.FilesDone}/{update.FileCount} files, {update.Rows:N0} rows";
            });
            result = import(progress);
            task.Value = task.MaxValue;
        });
        return result!;
    }

    /// <summary>Writes the message that a strict import stored nothing.</summary>
    public static void WriteNothingStored(long badRowCount) =>
        AnsiConsole.MarkupLineInterpolated($"[red]Nothing was stored[/]: --strict was given and {badRowCount:N0} bad row(s) were found. Fix them or import without --strict.");

    /// <summary>Lists the first bad rows and returns the exit code: success unless a strict import stored nothing.</summary>
    public static int WriteBadRows(IReadOnlyList<BadRow> badRows, long badRowCount, bool committed)
    {
        if (badRowCount == 0)
        {
            return ScorecardCli.Success;
        }

        var verb = committed ? "skipped" : "found";
        AnsiConsole.MarkupLineInterpolated($"[yellow]{badRowCount:N0} bad row(s) {verb}:[/]");
        foreach (var badRow in badRows.Take(BadRowsShown))
        {
            AnsiConsole.WriteLine("  " + badRow);
        }

        if (badRowCount > BadRowsShown)
        {
            AnsiConsole.MarkupLineInterpolated($"  ... and {badRowCount - BadRowsShown:N0} more.");
        }

        return committed ? ScorecardCli.Success : ScorecardCli.Problems;
    }
}
