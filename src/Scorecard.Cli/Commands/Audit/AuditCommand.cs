using System.CommandLine;
using Scorecard.Core.Plans;
using Scorecard.Data;
using Scorecard.Data.Plans;
using Scorecard.Reports.Audit;
using Scorecard.Reports.Audit.Reading;
using Spectre.Console;

namespace Scorecard.Cli.Commands.Audit;

/// <summary>
/// <c>scorecard audit FILE</c>: reads a published scorecard and checks every figure that can be
/// derived from the others. Exit code 0 when nothing is wrong, 1 when there are discrepancies, 2 when
/// the input cannot be read.
/// </summary>
public static class AuditCommand
{
    private static readonly Dictionary<string, ScorecardFileFormat?> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = null,
        ["tsv"] = ScorecardFileFormat.Delimited,
        ["csv"] = ScorecardFileFormat.Delimited,
        ["xlsx"] = ScorecardFileFormat.Xlsx,
        ["html"] = ScorecardFileFormat.Html,
    };

    /// <summary>Builds the <c>audit</c> verb.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE")
        {
            Description = "Published scorecard: tab- or comma-separated text exported from a PDF, an XLSX workbook (first sheet) or an HTML page.",
        };
        var plan = new Option<string?>("--plan")
        {
            Description = "Plan file (YAML) giving each indicator's unit, polarity and whether it shows a % difference "
                + "(a count does unless the plan sets percent-difference: false). Rows are matched to the plan by label. "
                + "Rows not in the plan, or every row without --plan, are inferred from their labels.",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write the audit as JSON to standard output instead of tables. Default: tables.",
        };
        var export = new Option<string?>("--export")
        {
            Description = "Also write the recovered scorecard as clean CSV rows to this file (layout in docs/audit-export.md); replaced if it exists.",
            HelpName = "FILE.csv",
        };
        var format = new Option<string>("--format")
        {
            Description = "Format of FILE: auto (from the file's content and extension), tsv, csv, xlsx or html.",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);

        var command = new Command("audit", "Check a published scorecard: recompute its differences and directions of travel, check its headings, and explain each discrepancy.")
        {
            file,
            plan,
            json,
            export,
            format,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            parse.GetValue(plan),
            parse.GetValue(json),
            parse.GetValue(export),
            Formats[parse.GetValue(format) ?? "auto"],
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string? planPath, bool json, string? exportPath, ScorecardFileFormat? format, TextWriter output, TextWriter error)
    {
        AuditReport report;
        try
        {
            Plan? plan = planPath is null ? null : PlanReader.ReadFile(planPath);
            report = ScorecardAuditor.Audit(ScorecardStructureReader.Read(file, format), plan);
        }
        catch (Exception exception) when (exception is AuditInputException or ScorecardDataException)
        {
            error.WriteLine($"Error: {exception.Message}");
            return AuditReport.UnreadableInputExitCode;
        }

        if (exportPath is not null)
        {
            try
            {
                AuditCsvExport.Write(report, exportPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Error: could not write the export to {exportPath}: {exception.Message} Check that the folder exists and can be written to.");
                return AuditReport.UnreadableInputExitCode;
            }
        }

        if (json)
        {
            output.WriteLine(AuditJsonWriter.ToJson(report));
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (ConsoleLines.ColumnsVariable() is { } columns)
            {
                console.Profile.Width = columns;
            }
            else if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
            {
                // Piped or captured output has no terminal width; a wide page keeps the tables readable.
                console.Profile.Width = 200;
            }

            AuditConsoleRenderer.Write(console, report, planPath, exportPath);
        }

        return report.ExitCode;
    }
}
