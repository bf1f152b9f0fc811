using Scorecard.Core.Spc;
using Scorecard.Core.Time;

namespace Scorecard.Core.Tests.Spc;

/// <summary>Builders for literal SPC series in tests.</summary>
internal static class SpcTestData
{
    /// <summary>
    /// Limits with centre 10 and mean moving range 3, so sigma = 2.66 / 3 x 3 = 2.66:
    /// two-sigma band 4.68 to 15.32, process limits 2.02 to 17.98.
    /// </summary>
    public static XmrLimits CentreTenSigma266 { get; } = new(10, 3);

    /// <summary>Returns consecutive months from January 2019, one per value; null values are gaps.</summary>
    public static IReadOnlyList<SpcPoint> Monthly(params double?[] values) =>
        values.Select((value, i) => new SpcPoint(new ReportMonth(2019, 1).AddMonths(i), value)).ToList();

    /// <summary>Returns the month <paramref name="offset"/> months after January 2019.</summary>
    public static ReportMonth Month(int offset) => new ReportMonth(2019, 1).AddMonths(offset);

    /// <summary>Returns n values alternating 10, 12, 10, ...</summary>
    public static double?[] Alternating(int count) =>
        Enumerable.Range(0, count).Select(i => (double?)(i % 2 == 0 ? 10 : 12)).ToArray();
}
