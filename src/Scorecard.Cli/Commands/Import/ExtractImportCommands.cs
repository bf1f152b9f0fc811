using System.CommandLine;
using Scorecard.Data.Import.Extracts;
using Scorecard.Data.Plans;
using Scorecard.Data.Store;

namespace Scorecard.Cli.Commands.Import;

/// <summary>
/// <c>scorecard import offences|calls|survey|returns|reference PATH...</c>: loads a force's own
/// extract files or reference data, in the layouts of docs/force-extracts.md.
/// </summary>
internal static class ExtractImportCommands
{
    /// <summary>Builds one sub-command per extract kind.</summary>
    public static IEnumerable<Command> Create()
    {
        yield return CreateCommand(ExtractKind.Offences, "offences",
            "Import a force's offence records (offences.csv). Import reference data first: offence codes and outcome types are checked against it.");
        yield return CreateCommand(ExtractKind.Calls, "calls", "Import a force's call records and online reports (calls.csv).");
        yield return CreateCommand(ExtractKind.Survey, "survey", "Import a force's survey responses (survey.csv), one column per question.");
        yield return CreateCommand(ExtractKind.Returns, "returns",
            "Import monthly returns (returns.csv): figures already counted, per measure id, month and area. A plan's measure with that returns id then uses them. Also reads the CSV that 'scorecard audit --export' writes, so a published scorecard becomes returns.");
        yield return CreateCommand(ExtractKind.Reference, "reference",
            "Import reference data: outcome types, severity weights and population, each file recognised by its columns.");
    }

    private static Command CreateCommand(ExtractKind kind, string name, string description)
    {
        var paths = ImportOutput.Paths($"{name} CSV files, or folders whose .csv files are read in name order.");
        var strict = ImportOutput.Strict();
        var force = new Option<string>("--force")
        {
            Description = kind == ExtractKind.Reference
                ? "Force the population belongs to, such as essex; needed only for a population file."
                : "Force the records belong to, such as essex; it must match the plan's force.",
            HelpName = "NAME",
            Required = kind != ExtractKind.Reference,
        };
        var columns = new Option<string>("--columns")
        {
            Description = "CSV of column,source_column rows that map Scorecard's column names to the file's, such as recorded_date,Date Recorded. Default: the file uses Scorecard's names.",
            HelpName = "FILE",
        };
        var flags = new Option<string[]>("--flag")
        {
            Description = $"Accept another offence flag besides the built-in ones ({string.Join(", ", OffenceFlags.BuiltIn)}); repeat for more.",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var plan = new Option<string>("--plan")
        {
            Description = "For an audit export only: plan whose indicators give the returns ids, matched by label and sub-group. Default: returns are named after the labels, such as number-of-homicides.",
            HelpName = "FILE",
        };

        var command = new Command(name, description) { paths, strict, force, columns };
        if (kind == ExtractKind.Offences)
        {
            command.Options.Add(flags);
        }

        if (kind == ExtractKind.Returns)
        {
            command.Options.Add(plan);
        }

        command.SetAction(parse =>
        {
            var options = new ExtractImportOptions(parse.GetValue(force))
            {
                Strict = parse.GetValue(strict),
                ColumnsFile = parse.GetValue(columns),
                ExtraFlags = parse.GetValue(flags) ?? [],
                Plan = parse.GetValue(plan) is { } planPath ? PlanReader.ReadFile(planPath) : null,
            };
            return Run(parse.GetValue(ScorecardCli.DatabaseOption)!, kind, parse.GetValue(paths)!, options);
        });
        return command;
    }

    private static int Run(string database, ExtractKind kind, string[] paths, ExtractImportOptions options) => ImportStore.Run(database, store =>
    {
        var importer = new ExtractImporter(store);
        var result = ImportOutput.WithProgress(paths, progress => importer.Import(kind, paths, options, progress));

        WriteSummary(result, store.Path);
        return ImportOutput.WriteBadRows(result.BadRows, result.BadRowCount, result.Committed);
    });

    private static void WriteSummary(ExtractImportResult result, string database)
    {
        if (!result.Committed)
        {
            ImportOutput.WriteNothingStored(result.BadRowCount);
            return;
        }

        ConsoleLines.MarkupLine($"Imported {result.Files.Count:N0} file(s) into {database}: {result.Rows:N0} row(s).");
        foreach (var file in result.Files)
        {
            var months = (file.FirstMonth, file.LastMonth) switch
            {
                ({ } first, { } last) when first == last => $", {first.ToLongName()}",
                ({ } first, { } last) => $", {first.ToLongName()} to {last.ToLongName()}",
                _ => "",
            };
            var bad = file.BadRows == 0 ? "" : $", {file.BadRows:N0} bad";
            ConsoleLines.MarkupLine($"  {file.File}: {file.Rows:N0} {file.Contents}{months}{bad}");
        }
    }
}
