using System.CommandLine;
using Scorecard.Data.Import.PoliceUk;
using Scorecard.Data.Store;

namespace Scorecard.Cli.Commands.Import;

/// <summary><c>scorecard import SOURCE PATH...</c>: loads police.uk files, a force's extracts or reference data into the store.</summary>
public static class ImportCommand
{
    /// <summary>Builds the <c>import</c> verb and its sources.</summary>
    public static Command Create()
    {
        var import = new Command("import", "Import data into the store. Re-importing a month replaces it.");
        import.Subcommands.Add(CreatePoliceUk());
        foreach (var command in ExtractImportCommands.Create())
        {
            import.Subcommands.Add(command);
        }

        return import;
    }

    private static Command CreatePoliceUk()
    {
        var paths = ImportOutput.Paths("police.uk street or outcomes CSV files, folders of them, or the zip archive police.uk serves.");
        var strict = ImportOutput.Strict();
        var command = new Command("police-uk", "Import police.uk street-level crime, anti-social behaviour and outcomes files.")
        {
            paths,
            strict,
        };
        command.SetAction(parse => Run(parse.GetValue(ScorecardCli.DatabaseOption)!, parse.GetValue(paths)!, parse.GetValue(strict)));
        return command;
    }

    private static int Run(string database, string[] paths, bool strict) => ImportStore.Run(database, store =>
    {
        var importer = new PoliceUkImporter(store);
        var result = ImportOutput.WithProgress(paths, progress => importer.Import(paths, strict, progress));

        var filesSkipped = result.Files.Count(file => !file.Stored);
        WriteSummary(result, store.Path, filesSkipped);
        return ImportOutput.WriteBadRows(result.BadRows, result.BadRowCount, result.Committed, filesSkipped);
    });

    private static void WriteSummary(PoliceUkImportResult result, string database, int filesSkipped)
    {
        if (!result.Committed)
        {
            ImportOutput.WriteNothingStored(result.BadRowCount, filesSkipped);
            return;
        }

        var stored = result.Files.Where(file => file.Stored).ToList();
        var months = stored.Select(file => (file.Force, file.Month)).Distinct().Count();
        var crimes = stored.Where(file => file.Kind == PoliceUkFileKind.Street).Sum(file => file.Rows);
        var outcomes = stored.Where(file => file.Kind == PoliceUkFileKind.Outcomes).Sum(file => file.Rows);
        var outcomesText = outcomes > 0 ? $", {outcomes:N0} outcomes" : "";
        ConsoleLines.MarkupLine(
            $"Imported {stored.Count:N0} file(s) into {database}: {crimes:N0} crimes, {result.AsbRows:N0} anti-social behaviour incidents{outcomesText}, {months:N0} force-month(s).");
        if (result.SkippedFiles > 0)
        {
            ConsoleLines.MarkupLine($"Skipped {result.SkippedFiles:N0} file(s) that are not police.uk street or outcomes files (such as stop-and-search).");
        }
    }
}
