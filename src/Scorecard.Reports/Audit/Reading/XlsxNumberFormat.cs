using System.Globalization;
using System.Text;

namespace Scorecard.Reports.Audit.Reading;

/// <summary>Formats a number the way an Excel cell with a given number format shows it.</summary>
public static class XlsxNumberFormat
{
    private const double SecondsPerDay = 86_400;

    /// <summary>Formats <paramref name="value"/> as a cell with number format <paramref name="formatCode"/> shows it.</summary>
    /// <remarks>
    /// Covers the formats scorecards use: fixed decimals, thousands separators, percentages and
    /// elapsed times. Colours, conditions and text sections are ignored, and only the first section applies.
    /// </remarks>
    public static string Format(double value, string? formatCode)
    {
        if (formatCode is null || formatCode.Equals("General", StringComparison.OrdinalIgnoreCase) || formatCode == "@")
        {
            return value.ToString("G15", CultureInfo.InvariantCulture);
        }

        var section = StripDecorations(formatCode.Split(';')[0]);
        if (section.Contains("ss", StringComparison.OrdinalIgnoreCase) || section.Contains("h:", StringComparison.OrdinalIgnoreCase))
        {
            return FormatElapsed(value * SecondsPerDay, section.Contains('h', StringComparison.OrdinalIgnoreCase));
        }

        var percent = section.Contains('%');
        var point = section.IndexOf('.');
        var decimals = point < 0 ? 0 : section[(point + 1)..].TakeWhile(character => character is '0' or '#').Count();
        var thousands = (point < 0 ? section : section[..point]).Contains(',');
        var shown = percent ? value * 100 : value;
        var rounded = Math.Round((decimal)shown, decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString((thousands ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    private static string FormatElapsed(double seconds, bool withHours)
    {
        var total = (long)Math.Round(Math.Abs(seconds), MidpointRounding.AwayFromZero);
        var sign = seconds < 0 && total > 0 ? "-" : "";
        return withHours
            ? $"{sign}{total / 3600}:{total / 60 % 60:D2}:{total % 60:D2}"
            : $"{sign}{total / 60:D2}:{total % 60:D2}";
    }

    // Removes quoted literals, escaped characters and [..] blocks other than elapsed-time ones.
    private static string StripDecorations(string section)
    {
        var text = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var character = section[i];
            if (character == '"')
            {
                var close = section.IndexOf('"', i + 1);
                i = close < 0 ? section.Length : close;
            }
            else if (character == '\\' || character == '_' || character == '*')
            {
                i++;
            }
            else if (character == '[')
            {
                var close = section.IndexOf(']', i + 1);
                var inside = close < 0 ? "" : section[(i + 1)..close];
                if (inside.Length > 0 && inside.All(letter => letter is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                {
                    text.Append(inside);
                }

                i = close < 0 ? section.Length : close;
            }
            else
            {
                text.Append(character);
            }
        }

        return text.ToString();
    }
}
