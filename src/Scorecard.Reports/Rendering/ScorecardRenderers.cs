using System.Text;
using Scorecard.Core.Scorecards;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Json;
using Scorecard.Reports.Pdf;
using Scorecard.Reports.Summary;

namespace Scorecard.Reports.Rendering;

/// <summary>The scorecard output formats, found by name.</summary>
public static class ScorecardRenderers
{
    /// <summary>Every output format: HTML, CSV, Markdown, XLSX, PDF, JSON and the written summary, with PDF using Chromium at its default path.</summary>
    public static IReadOnlyList<IScorecardOutput> All { get; } = Create(PdfScorecardWriter.DefaultChromiumPath);

    /// <summary>Format names in the order of <see cref="All"/>: html, csv, md, xlsx, pdf, json, summary.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = All.Select(output => output.FormatName).ToList();

    /// <summary>Returns every output format, with PDF printed by the Chromium at <paramref name="chromiumPath"/>.</summary>
    public static IReadOnlyList<IScorecardOutput> Create(string chromiumPath) =>
    [
        new HtmlScorecardRenderer(),
        new CsvScorecardRenderer(),
        new MarkdownScorecardRenderer(),
        new XlsxScorecardWriter(),
        new PdfScorecardWriter(chromiumPath),
        new JsonScorecardRenderer(),
        new SummaryMarkdownRenderer(),
    ];

    /// <summary>Returns the output for <paramref name="formatName"/>, ignoring case.</summary>
    /// <exception cref="ArgumentException">No output has that name; the message lists the names there are.</exception>
    public static IScorecardOutput ForFormat(string formatName)
    {
        if (TryForFormat(formatName, out var output))
        {
            return output;
        }

        throw new ArgumentException(
            $"'{formatName}' is not a scorecard format. Use one of: {string.Join(", ", FormatNames)}.",
            nameof(formatName));
    }

    /// <summary>Finds the output for <paramref name="formatName"/>, ignoring case, without throwing.</summary>
    public static bool TryForFormat(string? formatName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IScorecardOutput? output)
    {
        output = All.FirstOrDefault(candidate => string.Equals(candidate.FormatName, formatName?.Trim(), StringComparison.OrdinalIgnoreCase));
        return output is not null;
    }

    /// <summary>Renders <paramref name="report"/> to the file at <paramref name="path"/> in UTF-8 without a byte order mark, replacing any file there.</summary>
    public static void RenderToFile(this IScorecardRenderer renderer, ScorecardReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        renderer.Render(report, writer);
    }
}
