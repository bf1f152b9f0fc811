using Scorecard.Core.Scorecards;
using Scorecard.Reports.Rendering;

namespace Scorecard.Reports.Summary;

/// <summary>
/// Writes the written summary alone as Markdown, for pasting into a covering report: the plan, the
/// period, the summary's sections, data coverage and provenance. Lines end with "\n".
/// </summary>
public sealed class SummaryMarkdownRenderer : IScorecardRenderer
{
    /// <inheritdoc />
    public string FormatName => "summary";

    /// <inheritdoc />
    public string FileExtension => ".summary.md";

    /// <inheritdoc />
    public void Render(ScorecardReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var lines = new List<string>
        {
            $"# {MarkdownScorecardRenderer.Escape(report.Plan.Name)}: {ScorecardSummary.Heading.ToLowerInvariant()}",
            "",
            MarkdownScorecardRenderer.EscapeParagraph(ScorecardFormatter.FormatSubtitle(report)),
            "",
        };

        MarkdownScorecardRenderer.AddSummary(lines, ScorecardSummaryWriter.Write(report), "##");
        MarkdownScorecardRenderer.AddCoverage(lines, report);
        MarkdownScorecardRenderer.AddProvenance(lines, report);
        lines.Add(ScorecardFormatter.LicenceStatement(report));

        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
