namespace Scorecard.Core.Spc;

/// <summary>
/// Sentences that tell a reader where an XmR chart shows a process limit at a bound instead of as
/// calculated, such as "Lower process limit truncated at 0 (calculated -3.2)."
/// </summary>
public static class TruncatedLimitsNote
{
    /// <summary>
    /// Returns one sentence per truncated limit, lower first, or none when neither is truncated.
    /// When the calculated limit formats the same as the bound, it is given as "just below" or
    /// "just above" the bound, so a reader never sees "truncated at 0 (calculated 0)".
    /// </summary>
    /// <param name="limits">The segment's limits.</param>
    /// <param name="format">Formats a value in the indicator's unit as the chart or text shows it.</param>
    /// <param name="segment">The segment's months, such as "Dec 2017 to Mar 2020", when the chart has several segments; otherwise null.</param>
    public static IReadOnlyList<string> Describe(XmrLimits limits, Func<double, string> format, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(format);
        var notes = new List<string>();
        var span = segment is null ? "" : $" for {segment}";
        if (limits.IsLowerTruncated)
        {
            notes.Add($"Lower process limit{span} truncated at {format(limits.LowerShown)} ({Calculated(limits.Lower, limits.LowerShown, "below", format)}).");
        }

        if (limits.IsUpperTruncated)
        {
            notes.Add($"Upper process limit{span} truncated at {format(limits.UpperShown)} ({Calculated(limits.Upper, limits.UpperShown, "above", format)}).");
        }

        return notes;
    }

    private static string Calculated(double calculated, double bound, string side, Func<double, string> format)
    {
        var text = format(calculated);
        return text == format(bound) ? $"calculated just {side} {text}" : $"calculated {text}";
    }
}
