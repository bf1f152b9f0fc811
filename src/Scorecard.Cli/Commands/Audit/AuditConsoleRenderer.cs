using Scorecard.Reports.Audit;
using Scorecard.Reports.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Scorecard.Cli.Commands.Audit;

/// <summary>
/// Writes an audit as tables for a terminal: what was read, how units and polarity were decided, and
/// the findings. Units and polarities are in words ("lower is better"), not the tokens of the JSON
/// output and the CSV export.
/// </summary>
internal static class AuditConsoleRenderer
{
    private const string NoHigherWords = "none of the higher-is-better words";

    public static void Write(IAnsiConsole console, AuditReport report, string? planPath, string? exportPath)
    {
        var scorecard = report.Scorecard;
        var header = scorecard.Header;
        console.MarkupLineInterpolated($"[bold]Audit of {scorecard.File}[/] ({scorecard.Table.Format.ToString().ToLowerInvariant()})");
        console.WriteLine($"Periods: {string.Join(" | ", header.Periods.Select(period => period.Label))}"
            + (report.ComparisonYears is { } years ? $"; the differences compare {years}." : "."));
        console.WriteLine($"Read {scorecard.Priorities.Count} priorities, {report.Indicators.Count} indicators and "
            + $"{report.Indicators.Count(audit => audit.Indicator.Interval is not null)} confidence-interval rows.");

        WriteNotes(console, scorecard);
        WriteProfiles(console, report, planPath);
        WriteFindings(console, "Discrepancies", report.Discrepancies);
        WriteFindings(console, "Explained by rounding (not discrepancies)", report.ExplainedByRounding);

        if (exportPath is not null)
        {
            console.WriteLine();
            console.WriteLine($"Wrote the recovered scorecard to {exportPath}.");
        }

        console.WriteLine();
        var discrepancies = report.Discrepancies.Count;
        var summary = $"{Plural(discrepancies, "discrepancy", "discrepancies")}, {Plural(report.ExplainedByRounding.Count, "difference", "differences")} explained by rounding.";
        console.MarkupLine(discrepancies == 0 ? $"[green]{Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
    }

    private static void WriteNotes(IAnsiConsole console, PublishedScorecard scorecard)
    {
        if (scorecard.Notes.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Recovered from the export[/]");
        foreach (var note in scorecard.Notes)
        {
            console.WriteLine($"  {scorecard.Table.LocateRow(note.Line)}: {note.Text}");
        }
    }

    private static void WriteProfiles(IAnsiConsole console, AuditReport report, string? planPath)
    {
        console.WriteLine();
        console.MarkupLine(planPath is null
            ? "[bold]Units and polarity[/], inferred from the labels (pass --plan FILE to set them)"
            : $"[bold]Units and polarity[/], from {Markup.Escape(planPath)} where it has the indicator, otherwise inferred from the label");

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Row", "Indicator", "Unit", "because", "Polarity", "because");
        foreach (var audit in report.Indicators)
        {
            var profile = audit.Profile;
            var polarityBasis = profile.PolarityBasis.StartsWith(NoHigherWords, StringComparison.Ordinal) ? "no higher-is-better words" : profile.PolarityBasis;
            table.AddRow(Cells(
                report.Scorecard.Table.LocateRow(audit.Indicator.Line),
                audit.Indicator.DisplayName,
                ScorecardFormatter.FormatUnit(profile.Unit),
                profile.UnitBasis,
                ScorecardFormatter.FormatPolarity(profile.Polarity),
                polarityBasis));
        }

        console.Write(table);
        console.WriteLine($"Higher is better when the label contains: {string.Join(", ", IndicatorInference.HigherIsBetterWords.Select(word => $"'{word}'"))}; otherwise lower is better.");
    }

    private static void WriteFindings(IAnsiConsole console, string title, IReadOnlyList<AuditFinding> findings)
    {
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{title}[/]: {findings.Count}");
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Where", "Row", "Column", "Published", "Recomputed", "Likely cause", "Working");
        foreach (var finding in findings)
        {
            table.AddRow(Cells(
                finding.Location,
                finding.Row,
                finding.Field,
                finding.Published,
                finding.Recomputed,
                CauseText(finding.Cause),
                finding.Explanation));
        }

        console.Write(table);
    }

    private static string CauseText(FindingCause cause) => cause switch
    {
        FindingCause.Rounding => "rounding of unrounded figures",
        FindingCause.HeaderWrongYear => "heading names the wrong year",
        FindingCause.DirectionContradictsPolarity => "direction contradicts polarity",
        FindingCause.MisalignedRow => "misaligned row",
        FindingCause.SignReversed => "sign reversed",
        _ => "unexplained",
    };

    // Plain text cells, so labels with brackets are not read as Spectre markup.
    private static IRenderable[] Cells(params string[] texts) => texts.Select(text => (IRenderable)new Text(text)).ToArray();

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
