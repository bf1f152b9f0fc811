using Scorecard.Core.Spc;
using Scorecard.Core.Time;

namespace Scorecard.Reports.Tests.Charts;

/// <summary>
/// Monthly police.uk street-level crimes recorded by the City of London Police, December 2017 to
/// November 2020, counted from the street files with anti-social behaviour rows left out.
/// Contains public sector information licensed under the Open Government Licence v3.0.
/// </summary>
internal static class CityOfLondonCrimes
{
    public static readonly ReportMonth First = new(2017, 12);

    public static readonly double[] Counts =
    [
        515, 557, 505, 574, 550, 541, 577, 627, 597, 576, 656, 691, // Dec 2017 to Nov 2018
        652, 524, 595, 742, 752, 636, 822, 764, 792, 738, 807, 820, // Dec 2018 to Nov 2019
        797, 710, 678, 549, 209, 175, 276, 416, 448, 483, 486, 412, // Dec 2019 to Nov 2020
    ];

    /// <summary>Returns the first <paramref name="count"/> months as SPC points.</summary>
    public static IReadOnlyList<SpcPoint> Points(int count = 36) =>
        Counts.Take(count).Select((value, i) => new SpcPoint(First.AddMonths(i), value)).ToList();
}
