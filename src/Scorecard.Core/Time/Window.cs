namespace Scorecard.Core.Time;

/// <summary>
/// A run of whole consecutive months, both ends included: "12 months to May 2024" is
/// June 2023 to May 2024, the form in which scorecards state their periods.
/// </summary>
public readonly record struct Window
{
    private Window(ReportMonth first, ReportMonth last)
    {
        First = first;
        Last = last;
    }

    /// <summary>First month of the window, included.</summary>
    public ReportMonth First { get; }

    /// <summary>Last month of the window, included.</summary>
    public ReportMonth Last { get; }

    /// <summary>Number of months in the window, at least one.</summary>
    public int MonthCount => Last.Ordinal - First.Ordinal + 1;

    /// <summary>Creates the window of <paramref name="months"/> months ending with <paramref name="last"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not between 1 and 120.</exception>
    public static Window MonthsEnding(int months, ReportMonth last)
    {
        Guard.InRange(months, 1, 120);
        return new Window(last.AddMonths(1 - months), last);
    }

    /// <summary>Creates the window from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Window Between(ReportMonth first, ReportMonth last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The window's last month {last} is before its first month {first}.", nameof(last));
        }

        return new Window(first, last);
    }

    /// <summary>The same window a year earlier, as used for the previous-year comparison.</summary>
    public Window YearEarlier => new(First.AddMonths(-12), Last.AddMonths(-12));

    /// <summary>Months of the window in order.</summary>
    public IEnumerable<ReportMonth> Months
    {
        get
        {
            for (var ordinal = First.Ordinal; ordinal <= Last.Ordinal; ordinal++)
            {
                yield return ReportMonth.FromOrdinal(ordinal);
            }
        }
    }

    /// <summary>Whether <paramref name="month"/> lies in the window.</summary>
    public bool Contains(ReportMonth month) => month >= First && month <= Last;

    /// <summary>Returns the heading form, such as "12 months to May 2024".</summary>
    public string Label => $"{MonthCount} months to {Last.ToLongName()}";

    /// <summary>Returns the closed span, such as <c>[2023-06, 2024-05]</c>, so logs show both ends are included.</summary>
    public override string ToString() => $"[{First}, {Last}]";
}
