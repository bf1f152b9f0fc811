using System.CommandLine;
using Scorecard.Cli.Commands.Chart;
using Scorecard.Cli.Commands.Import;
using Scorecard.Cli.Commands.Info;
using Scorecard.Cli.Commands.Report;
using Scorecard.Data;

namespace Scorecard.Cli;

/// <summary>The <c>scorecard</c> command: its verbs, shared options and error handling.</summary>
public static class ScorecardCli
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the command ran but found problems (bad rows in a strict import).</summary>
    public const int Problems = 1;

    /// <summary>Exit code for bad input or a failure; the message states what to do.</summary>
    public const int Failure = 2;

    /// <summary>
    /// Columns that Spectre.Console renders to when standard output is a file or a pipe and COLUMNS
    /// is not set. It is wide enough that no table row or message line is wrapped, and tables are no
    /// wider for it, because they take only the width their cells need.
    /// </summary>
    public const int RedirectedWidth = 10_000;

    /// <summary>The store file, taken by the commands that read or write imported data: import, info, report and chart.</summary>
    public static Option<string> DatabaseOption { get; } = new("--db")
    {
        Description = "DuckDB store file that holds the imported data; a relative path is taken from the working folder.",
        HelpName = "PATH",
        DefaultValueFactory = _ => Data.Store.ScorecardStore.DefaultFileName,
        Recursive = true,
    };

    /// <summary>Builds the root command with every verb registered.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Scorecard: Police and Crime Plan performance scorecards from police data.");
        root.Subcommands.Add(WithStore(ImportCommand.Create()));
        root.Subcommands.Add(WithStore(InfoCommand.Create()));
        root.Subcommands.Add(WithStore(ReportCommand.Create()));
        root.Subcommands.Add(WithStore(ChartCommand.Create()));
        root.Subcommands.Add(Commands.Audit.AuditCommand.Create());
        root.Subcommands.Add(Commands.Generate.GenerateCommand.Create());
        return root;
    }

    // audit and generate never open the store, so only these commands list --db in their help.
    // The option is recursive, so every import source takes it from import.
    private static Command WithStore(Command command)
    {
        command.Options.Add(DatabaseOption);
        return command;
    }

    /// <summary>Parses and runs <paramref name="args"/>, turning data errors into a message and exit code 2.</summary>
    public static int Run(string[] args)
    {
        // Piped output goes to files and logs, where a wrapped line splits paths and commands and
        // defeats grep. On a terminal Spectre.Console uses the window's width even when COLUMNS is set.
        if (ConsoleLines.ColumnsVariable() is { } columns)
        {
            Spectre.Console.AnsiConsole.Profile.Width = columns;
        }
        else if (Console.IsOutputRedirected)
        {
            Spectre.Console.AnsiConsole.Profile.Width = RedirectedWidth;
        }

        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                WriteError(error.Message);
            }

            Console.Error.WriteLine("Run the command with --help to see its arguments and options.");
            return Failure;
        }

        try
        {
            // Data errors reach the handlers below, which print the message without a stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (ScorecardDataException exception)
        {
            WriteError(exception.Message);
            return Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            WriteError($"{exception.Message} Check the path and its permissions, or choose another.");
            return Failure;
        }
    }

    /// <summary>Writes an error line to standard error, unwrapped so scripts and logs keep it whole.</summary>
    public static void WriteError(string message) => Console.Error.WriteLine($"Error: {message}");

    /// <summary>Writes a warning line to standard error, unwrapped so scripts and logs keep it whole.</summary>
    /// <param name="message">The warning, as one or more sentences.</param>
    /// <param name="subject">What the warning is about, such as an indicator id, shown in brackets; null for none.</param>
    public static void WriteWarning(string message, string? subject = null) =>
        Console.Error.WriteLine(subject is null ? $"Warning: {message}" : $"Warning ({subject}): {message}");
}
