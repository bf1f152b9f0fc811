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
        var totalBytes = paths.Sum(SizeOnDisk);
        if (!AnsiConsole.Profile.Capabilities.Interactive || totalBytes <= ProgressBarBytes)
        {
            return import(null);
        }

        T? result = default;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("Importing", maxValue: 1);
            result = import(new ProgressBar(task));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    private static long SizeOnDisk(string path)
    {
        if (File.Exists(path))
        {
            return new FileInfo(path).Length;
        }

        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length)
            : 0;
    }

    /// <summary>Writes to standard error the message that a strict import stored nothing.</summary>
    /// <param name="badRowCount">All problems found, including <paramref name="filesSkipped"/>.</param>
    /// <param name="filesSkipped">Whole files that would have been skipped.</param>
    public static void WriteNothingStored(long badRowCount, long filesSkipped = 0) =>
        Console.Error.WriteLine($"Nothing was stored: --strict was given and {Problems(badRowCount, filesSkipped)} were found. Fix them or import without --strict.");

    // Counts bad rows and whole files apart, so the total agrees with the bad rows that info shows.
    private static string Problems(long badRowCount, long filesSkipped) => filesSkipped == 0
        ? $"{badRowCount:N0} bad row(s)"
        : $"{badRowCount - filesSkipped:N0} bad row(s) and {filesSkipped:N0} whole file(s)";

    /// <summary>Lists the first bad rows and returns the exit code: success unless a strict import stored nothing.</summary>
    /// <param name="badRows">Bad rows to list, including any whole files skipped.</param>
    /// <param name="badRowCount">All problems found, including <paramref name="filesSkipped"/>.</param>
    /// <param name="committed">Whether the import stored anything.</param>
    /// <param name="filesSkipped">Whole files skipped as unreadable, cut short or repeated, each listed as one entry at line 1.</param>
    public static int WriteBadRows(IReadOnlyList<BadRow> badRows, long badRowCount, bool committed, long filesSkipped = 0)
    {
        if (badRowCount == 0)
        {
            return ScorecardCli.Success;
        }

        var verb = committed ? "skipped" : "found";
        ConsoleLines.MarkupLine($"[yellow]{Problems(badRowCount, filesSkipped)} {verb}:[/]");
        foreach (var badRow in badRows.Take(BadRowsShown))
        {
            ConsoleLines.WriteLine("  " + badRow);
        }

        if (badRowCount > BadRowsShown)
        {
            ConsoleLines.MarkupLine($"  ... and {badRowCount - BadRowsShown:N0} more.");
        }

        return committed ? ScorecardCli.Success : ScorecardCli.Problems;
    }

    /// <summary>Shows import progress on a progress bar task; reports may come from several threads.</summary>
    private sealed class ProgressBar(ProgressTask task) : IProgress<ImportProgress>
    {
        private readonly Lock _lock = new();
        private long _bytesShown = -1;
        private bool _storing;

        public void Report(ImportProgress value)
        {
            lock (_lock)
            {
                // Reports from two threads can arrive out of order; the bar never moves back.
                if (_storing || (!value.Storing && value.BytesDone < _bytesShown))
                {
                    return;
                }

                _storing = value.Storing;
                _bytesShown = value.BytesDone;
                task.MaxValue = Math.Max(1, value.BytesTotal);
                task.Value = value.BytesDone;
                task.Description = value.Storing
                    ? $"Storing {value.Rows:N0} rows"
                    : $"{value.FilesDone}/{value.FileCount} files, {value.Rows:N0} rows";
            }
        }
    }
}
