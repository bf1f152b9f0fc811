using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>Writes a scorecard in one output format.</summary>
public interface IScorecardRenderer
{
    /// <summary>Format name used on the command line, such as "html".</summary>
    string FormatName { get; }

    /// <summary>File name extension with its leading dot, such as ".html".</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; the writer's owner chooses the encoding, UTF-8 for files.</summary>
    void Render(ScorecardReport report, TextWriter writer);
}
