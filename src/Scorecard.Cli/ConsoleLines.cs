using System.Globalization;
using Spectre.Console;

namespace Scorecard.Cli;

/// <summary>
/// Writes the commands' message lines to standard output. On a terminal Spectre.Console wraps a
/// line at the window's width and shows its colours. When output goes to a file or a pipe the line
/// is written whole, without markup, whatever the width, so a log keeps each message, path and bad
/// row on one line that grep can find.
/// </summary>
internal static class ConsoleLines
{
    /// <summary>Writes <paramref name="text"/> as plain text: brackets in it are not read as markup.</summary>
    public static void WriteLine(string text)
    {
        if (AnsiConsole.Profile.Out.IsTerminal)
        {
            AnsiConsole.WriteLine(text);
            return;
        }

        AnsiConsole.Profile.Out.Writer.WriteLine(text);
    }

    /// <summary>Writes a line of Spectre.Console markup, escaping the interpolated values as <c>MarkupLineInterpolated</c> does.</summary>
    public static void MarkupLine(FormattableString markup)
    {
        if (AnsiConsole.Profile.Out.IsTerminal)
        {
            AnsiConsole.MarkupLineInterpolated(markup);
            return;
        }

        var escaped = markup.ToString(EscapingFormatter.Instance);
        AnsiConsole.Profile.Out.Writer.WriteLine(Markup.Remove(escaped));
    }

    /// <summary>
    /// Returns the COLUMNS environment variable when it is a whole number from 1 up, at most
    /// <see cref="ScorecardCli.RedirectedWidth"/>, otherwise null.
    /// </summary>
    public static int? ColumnsVariable()
    {
        var text = Environment.GetEnvironmentVariable("COLUMNS");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var columns) || columns < 1)
        {
            return null;
        }

        return Math.Min(columns, ScorecardCli.RedirectedWidth);
    }

    // Formats each interpolated value in the current culture and escapes it, so a bracket in a path
    // or value is kept as text when the markup is read.
    private sealed class EscapingFormatter : IFormatProvider, ICustomFormatter
    {
        public static readonly EscapingFormatter Instance = new();

        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

        public string Format(string? format, object? argument, IFormatProvider? formatProvider)
        {
            var text = argument is IFormattable formattable
                ? formattable.ToString(format, CultureInfo.CurrentCulture)
                : argument?.ToString() ?? "";
            return Markup.Escape(text);
        }
    }
}
