using System.Text;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>The scorecard output formats, found by name.</summary>
public static class ScorecardRenderers
{
    /// <summary>Every renderer: HTML, CSV and Markdown.</summary>
    public static IReadOnlyList<IScorecardRenderer> All { get; } =
        [new HtmlScorecardRenderer(), new CsvScorecardRenderer(), new MarkdownScorecardRenderer()];

    /// <summary>Format names in the order of <see cref="All"/>: html, csv, md.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = All.Select(renderer => renderer.FormatName).ToList();

    /// <summary>Returns the renderer for <paramref name="formatName"/>, ignoring case.</summary>
    /// <exception cref="ArgumentException">No renderer has that name; the message lists the names there are.</exception>
    public static IScorecardRenderer ForFormat(string formatName)
    {
        if (TryForFormat(formatName, out var renderer))
        {
            return renderer;
        }

        throw new ArgumentException(
            $"'{formatName}' is not a scorecard format. Use one of: {string.Join(", ", FormatNames)}.",
            nameof(formatName));
    }

    /// <summary>Finds the renderer for <paramref name="formatName"/>, ignoring case, without throwing.</summary>
    public static bool TryForFormat(string? formatName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IScorecardRenderer? renderer)
    {
        renderer = All.FirstOrDefault(candidate => string.Equals(candidate.FormatName, formatName?.Trim(), StringComparison.OrdinalIgnoreCase));
        return renderer is not null;
    }

    /// <summary>Renders <paramref name="report"/> to the file at <paramref name="path"/> in UTF-8 without a byte order mark, replacing any file there.</summary>
    public static void RenderToFile(this IScorecardRenderer renderer, ScorecardReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        renderer.Render(report, writer);
    }
}
