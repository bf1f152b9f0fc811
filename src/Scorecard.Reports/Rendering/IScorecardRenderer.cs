using System.Text;
using Scorecard.Core.Scorecards;

namespace Scorecard.Reports.Rendering;

/// <summary>An output format of a scorecard that is written to a file, text or binary.</summary>
public interface IScorecardOutput
{
    /// <summary>Format name used on the command line, such as "html".</summary>
    string FormatName { get; }

    /// <summary>Ending of the file name, with its leading dot, such as ".html" or ".summary.md".</summary>
    string FileExtension { get; }

    /// <summary>Writes <paramref name="report"/> to the file at <paramref name="path"/>, replacing any file there.</summary>
    /// <exception cref="ScorecardOutputException">The format cannot be written on this machine; the message says what to install.</exception>
    Task WriteFileAsync(ScorecardReport report, string path, CancellationToken cancellationToken = default);
}

/// <summary>Writes a scorecard in a text output format.</summary>
public interface IScorecardRenderer : IScorecardOutput
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>; the writer's owner chooses the encoding, UTF-8 for files.</summary>
    void Render(ScorecardReport report, TextWriter writer);

    /// <summary>Writes the text to the file in UTF-8 without a byte order mark.</summary>
    Task IScorecardOutput.WriteFileAsync(ScorecardReport report, string path, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Render(report, writer);
        return Task.CompletedTask;
    }
}

/// <summary>An output format that cannot be written on this machine, such as PDF without Chromium.</summary>
public sealed class ScorecardOutputException(string message, Exception? innerException = null) : Exception(message, innerException);
