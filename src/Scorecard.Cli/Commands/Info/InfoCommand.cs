using System.CommandLine;
using Scorecard.Core.Time;
using Scorecard.Data.Store;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Info;

/// <summary><c>scorecard info</c>: what the store holds, force by force.</summary>
public static class InfoCommand
{
    /// <summary>Builds the <c>info</c> verb.</summary>
    public static Command Create()
    {
        var command = new Command("info", "Show what is loaded: forces, months per force, rows, and months missing inside each force's range.");
        command.SetAction(parse => Run(parse.GetValue(ScorecardCli.DatabaseOption)!));
        return command;
    }

    private static int Run(string database)
    {
        if (!File.Exists(database))
        {
            ConsoleLines.MarkupLine($"No store at {database} yet. Import data first, for example: scorecard import police-uk samples/police-uk/city-of-london-2017-2020.zip");
            return ScorecardCli.Success;
        }

        using var store = ScorecardStore.Open(database);
        var sources = StoreInfo.Sources(store);
        ConsoleLines.MarkupLine($"Store {database}, schema version {store.SchemaVersion}.");
        if (sources.Count == 0)
        {
            ConsoleLines.WriteLine("Nothing is loaded yet.");
            return ScorecardCli.Success;
        }

        var table = new Table().AddColumns("Force", "Name", "Source", "Months loaded", "Rows", "ASB rows", "Bad rows", "Months missing");
        foreach (var source in sources)
        {
            table.AddRow(
                Markup.Escape(source.Force),
                Markup.Escape(source.ForceName ?? ""),
                Markup.Escape(source.Kind),
                $"{source.Months[0].ToLongName()} to {source.Months[^1].ToLongName()} ({source.Months.Count})",
                source.Rows.ToString("N0"),
                source.AsbRows.ToString("N0"),
                source.BadRows.ToString("N0"),
                source.MissingMonths.Count == 0 ? "none" : MonthList.Describe(source.MissingMonths));
        }

        AnsiConsole.Write(table);
        foreach (var source in sources.Where(source => source.UnmappedOutcomes.Count > 0).DistinctBy(source => source.Force))
        {
            ConsoleLines.MarkupLine(
                $"[yellow]{source.Force}[/]: outcome categories not mapped to a Home Office outcome type, counted as not solved: {string.Join("; ", source.UnmappedOutcomes)}.");
        }

        return ScorecardCli.Success;
    }
}
