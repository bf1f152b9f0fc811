using System.Globalization;
using System.Text.RegularExpressions;
using Scorecard.Core.Time;

namespace Scorecard.Reports.Audit;

/// <summary>
/// Period headings such as "12 months to May 2024" (June 2023 to May 2024, both ends included) and
/// the comparison years that difference headings name, such as "2023/24".
/// </summary>
public static partial class PeriodLabel
{
    /// <summary>Matches a period heading: a number of months, "to" or "ending", a month name and a year.</summary>
    public static Regex Pattern => PeriodPattern();

    /// <summary>Returns the window a heading names, or null when it is not a period heading.</summary>
    public static Window? TryParse(string heading)
    {
        var match = PeriodPattern().Match(heading);
        if (!match.Success)
        {
            return null;
        }

        var months = int.Parse(match.Groups["months"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var monthOfYear = MonthNumber(match.Groups["month"].Value);
        if (monthOfYear == 0 || months < 1 || months > 120 || year < ReportMonth.MinYear || year > ReportMonth.MaxYear)
        {
            return null;
        }

        return Window.MonthsEnding(months, new ReportMonth(year, monthOfYear));
    }

    /// <summary>Returns the comparison years of two windows as headings show them: "2023/24" for May 2023 against May 2024.</summary>
    public static string ComparisonYears(Window previous, Window current) =>
        $"{previous.Last.Year}/{current.Last.Year % 100:D2}";

    /// <summary>Returns the year pair a heading names, such as "2022/23" in "Direction of Travel 2022/23", or null.</summary>
    public static string? YearsNamed(string heading)
    {
        var match = YearPairPattern().Match(heading);
        if (!match.Success)
        {
            return null;
        }

        var second = match.Groups["second"].Value;
        return $"{match.Groups["first"].Value}/{second[^2..]}";
    }

    // Accepts a month's full English name or any abbreviation of it of three letters or more ("Sep", "Sept").
    private static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        var index = Array.FindIndex(MonthNames, month => lower.Length >= 3 && month.StartsWith(lower, StringComparison.Ordinal));
        return index + 1;
    }

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"(?<months>\d{1,3})\s+months?\s+(?:to|ending)\s+(?:end\s+of\s+)?(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\b(?<first>\d{4})\s*[/-]\s*(?<second>\d{2}|\d{4})\b")]
    private static partial Regex YearPairPattern();
}
