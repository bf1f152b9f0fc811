namespace Scorecard.Core.Time;

/// <summary>Formats lists of months for notes, collapsing runs: "Jul 2019 to Sep 2019, Jan 2020".</summary>
public static class MonthList
{
    /// <summary>Returns the months as runs in ascending order.</summary>
    public static string Describe(IEnumerable<ReportMonth> months)
    {
        var ordered = months.Distinct().Order().ToList();
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            var runEnds = i == ordered.Count || ordered[i].Ordinal != ordered[i - 1].Ordinal + 1;
            if (!runEnds)
            {
                continue;
            }

            runs.Add(Span(ordered[start], ordered[i - 1]));
            start = i;
        }

        return string.Join(", ", runs);
    }

    /// <summary>Returns the months from <paramref name="first"/> to <paramref name="last"/>, such as "Dec 2017 to Nov 2020", or one month's name when they are equal.</summary>
    public static string Span(ReportMonth first, ReportMonth last) => first == last
        ? first.ToLongName()
        : $"{first.ToLongName()} to {last.ToLongName()}";
}
