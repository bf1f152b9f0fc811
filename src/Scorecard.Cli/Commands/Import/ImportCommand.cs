using System.CommandLine;
using Scorecard.Data.Import;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Import;

/// <summary><c>scorecard import police-uk PATH...</c>: loads police.uk files into the store.</summary>
public static class ImportCommand
{
    /// <summary>Bad rows printed after an import; the rest are counted.</summary>
    private const int BadRowsShown = 50;

    // Below this many bytes an import takes well under a second and a progress bar only flickers.
    private const long ProgressBarBytes = 20_000_000;

    /// <summary>Builds the <c>import</c> verb and its sources.</summary>
    public static Command Create()
    {
        var import = new Command("import", "Import data into the store. Re-importing a month replaces it.");
        import.Subcommands.Add(CreatePoliceUk());
        return import;
    }

    private static Command CreatePoliceUk()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "police.uk street or outcomes CSV files, folders of them, or the zip archive police.uk serves.",
            Arity = ArgumentArity.OneOrMore,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Store nothing if any row is bad. Default: skip bad rows, import the rest and list the bad rows.",
        };

        var command = new Command("police-uk", "Import police.uk street-level crime, anti-social behaviour and outcomes files.")
        {
            paths,
            strict,
        };
        command.SetAction(parse => Run(parse.GetValue(ScorecardCli.DatabaseOption)!, parse.GetValue(paths)!, parse.GetValue(strict)));
        return command;
    }

    private static int Run(string database, string[] paths, bool strict)
    {
        using var store = ScorecardStore.Open(database);
        var importer = new PoliceUkImporter(store);

        var totalBytes = paths.Sum(path => File.Exists(path) ? new FileInfo(path).Length : 0);
        var result = AnsiConsole.Profile.Capabilities.Interactive && totalBytes > ProgressBarBytes
            ? ImportWithProgressBar(importer, paths, strict)
            : importer.Import(paths, strict);

        WriteSummary(result, store.Path);
        if (result.BadRowCount == 0)
        {
            return ScorecardCli.Success;
        }

        WriteBadRows(result);
        return result.Committed ? ScorecardCli.Success : ScorecardCli.Problems;
    }

    private static PoliceUkImportResult ImportWithProgressBar(PoliceUkImporter importer, string[] paths, bool strict)
    {
        PoliceUkImportResult? result = null;
        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask("Importing", maxValue: 1);
            var progress = new Progress<ImportProgress>(update =>
            {
                task.MaxValue = Math.Max(1, update.BytesTotal);
                task.Value = update.BytesDone;
                task.Description = $"{update.FilesDone}/{update.FileCount} files, {update.Rows:N0} rows";
            });
            result = importer.Import(paths, strict, progress);
            task.Value = task.MaxValue;
        });
        return result!;
    }

    private static void WriteSummary(PoliceUkImportResult result, string database)
    {
        if (!result.Committed)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was stored[/]: --strict was given and {result.BadRowCount:N0} bad row(s) were found. Fix them or import without --strict.");
            return;
        }

        var months = result.Files.Select(file => (file.Force, file.Month)).Distinct().Count();
        AnsiConsole.MarkupLineInterpolated(
            $"Imported {result.Files.Count:N0} file(s) into {database}: {result.Rows:N0} crime and outcome rows, {result.AsbRows:N0} anti-social behaviour rows, {months:N0} force-month(s).");
        if (result.SkippedFiles > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"Skipped {result.SkippedFiles:N0} file(s) that are not police.uk street or outcomes files (such as stop-and-search).");
        }
    }

    private static void WriteBadRows(PoliceUkImportResult result)
    {
        var verb = result.Committed ? "skipped" : "found";
        AnsiConsole.MarkupLineInterpolated($"[yellow]{result.BadRowCount:N0} bad row(s) {verb}:[/]");
        foreach (var badRow in result.BadRows.Take(BadRowsShown))
        {
            AnsiConsole.WriteLine("  " + badRow);
        }

        if (result.BadRowCount > BadRowsShown)
        {
            AnsiConsole.MarkupLineInterpolated($"  ... and {result.BadRowCount - BadRowsShown:N0} more.");
        }
    }
}
