using Scorecard.Core.Time;

namespace Scorecard.Reports.Charts;

/// <summary>Chooses month labels for a chart's horizontal axis in the British form "Jan 2019".</summary>
internal static class MonthTicks
{
    /// <summary>Steps between labels, in months. Steps of up to a year divide 12, so labels fall on the same months every year.</summary>
    private static readonly int[] Steps = [1, 2, 3, 4, 6, 12, 24, 60];

    /// <summary>
    /// Returns tick positions (months after <paramref name="first"/>) and labels for
    /// <paramref name="monthCount"/> months, with at most <paramref name="maxLabels"/> labels.
    /// </summary>
    public static (double[] Positions, string[] Labels) Choose(ReportMonth first, int monthCount, int maxLabels)
    {
        var step = Steps.FirstOrDefault(candidate => (monthCount + candidate - 1) / candidate <= maxLabels, Steps[^1]);
        var positions = new List<double>();
        var labels = new List<string>();
        for (var offset = 0; offset < monthCount; offset++)
        {
            var month = first.AddMonths(offset);
            if (IsLabelled(month, offset, step))
            {
                positions.Add(offset);
                labels.Add(month.ToLongName());
            }
        }

        return (positions.ToArray(), labels.ToArray());
    }

    /// <summary>
    /// Whether a month gets a label. Steps of one or two months count from the first month.
    /// Longer steps follow the calendar (January, April, July and October for three months), so
    /// every year is labelled alike.
    /// </summary>
    private static bool IsLabelled(ReportMonth month, int offset, int step)
    {
        if (step <= 2)
        {
            return offset % step == 0;
        }

        if (step <= 12)
        {
            return (month.Month - 1) % step == 0;
        }

        return month.Month == 1 && month.Year % (step / 12) == 0;
    }
}
