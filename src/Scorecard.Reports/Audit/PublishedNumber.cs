using System.Globalization;
using System.Text.RegularExpressions;

namespace Scorecard.Reports.Audit;

/// <summary>
/// A figure as a scorecard shows it: its value, how many decimals were shown, and whether it was a
/// duration. Durations are held in seconds. The shown precision gives the rounding tolerance.
/// </summary>
/// <param name="Value">The value; seconds for a duration, 0 to 100 for a percentage shown with a % sign.</param>
/// <param name="Decimals">Decimal places shown; 0 for durations.</param>
/// <param name="IsDuration">Whether the figure was shown as mm:ss or h:mm:ss.</param>
/// <param name="HasThousandsSeparator">Whether the figure was shown with comma thousands separators.</param>
public readonly partial record struct PublishedNumber(decimal Value, int Decimals, bool IsDuration, bool HasThousandsSeparator)
{
    /// <summary>Half a unit of the last digit shown: the most that rounding can have moved the value.</summary>
    public decimal HalfUnit => IsDuration ? 0.5m : 0.5m * Pow10(-Decimals);

    /// <summary>Whether the figure is a whole number shown without decimals.</summary>
    public bool IsWhole => Decimals == 0 && !IsDuration;

    /// <summary>
    /// Parses a figure or a duration. A figure has an optional sign (hyphen, Unicode minus or plus),
    /// digits with optional comma thousands separators and decimals, and an optional trailing % sign.
    /// A duration is mm:ss or h:mm:ss.
    /// </summary>
    public static bool TryParse(string text, out PublishedNumber number)
    {
        number = default;
        var trimmed = text.Trim().Replace('\u2212', '-');

        var duration = DurationPattern().Match(trimmed);
        if (duration.Success)
        {
            var seconds = int.Parse(duration.Groups["seconds"].Value, CultureInfo.InvariantCulture);
            var minutes = int.Parse(duration.Groups["minutes"].Value, CultureInfo.InvariantCulture);
            var hours = duration.Groups["hours"].Success ? int.Parse(duration.Groups["hours"].Value, CultureInfo.InvariantCulture) : 0;
            if (seconds >= 60 || (duration.Groups["hours"].Success && minutes >= 60))
            {
                return false;
            }

            var total = hours * 3600m + minutes * 60m + seconds;
            number = new PublishedNumber(duration.Groups["sign"].Value == "-" ? -total : total, 0, true, false);
            return true;
        }

        var match = NumberPattern().Match(trimmed);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["integer"].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups["fraction"].Value;
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var decimals = Math.Max(0, match.Groups["fraction"].Value.Length - 1);
        number = new PublishedNumber(
            match.Groups["sign"].Value == "-" ? -value : value,
            decimals,
            false,
            match.Groups["integer"].Value.Contains(','));
        return true;
    }

    /// <summary>Formats a value in the style of this figure: same decimals, separators and duration form.</summary>
    public string FormatLike(decimal value) => Format(value, Decimals, IsDuration, HasThousandsSeparator || Math.Abs(value) >= 1000);

    /// <summary>Formats a value with <paramref name="decimals"/> decimals, as mm:ss when <paramref name="duration"/> is set.</summary>
    public static string Format(decimal value, int decimals, bool duration, bool thousands)
    {
        if (duration)
        {
            var total = (long)Math.Round(Math.Abs(value), MidpointRounding.AwayFromZero);
            var sign = value < 0 && total > 0 ? "-" : "";
            return total >= 3600
                ? $"{sign}{total / 3600}:{total / 60 % 60:D2}:{total % 60:D2}"
                : $"{sign}{total / 60:D2}:{total % 60:D2}";
        }

        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var pattern = (thousands ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
        return rounded.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public override string ToString() => FormatLike(Value);

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent < 0 ? result / 10m : result * 10m;
        }

        return result;
    }

    [GeneratedRegex(@"^(?<sign>[+-])?(?<integer>\d{1,3}(?:,\d{3})+|\d+)(?<fraction>\.\d+)?\s*%?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<sign>[+-])?(?:(?<hours>\d+):)?(?<minutes>\d{1,3}):(?<seconds>\d{2})$")]
    private static partial Regex DurationPattern();
}
