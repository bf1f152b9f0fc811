using Scorecard.Core.Plans;

namespace Scorecard.Core.Spc;

/// <summary>Legend names of the values of an SPC series, such as "12-month total" for a rolling count.</summary>
public static class SeriesLabel
{
    /// <summary>Legend name of a monthly series' values.</summary>
    public const string Monthly = "Monthly value";

    /// <summary>
    /// Returns what each point of the indicator's series is. A rolling point is the measure over
    /// the 12 months to it, with components summed before they are divided. So a rolling count is
    /// a total, and a rolling percentage is the 12 months' numerator over their denominator. A
    /// rolling duration or number of days is the mean over the 12 months' cases.
    /// </summary>
    public static string For(Indicator indicator, SpcSeriesKind kind)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (kind == SpcSeriesKind.Monthly)
        {
            return Monthly;
        }

        var measure = indicator.Measure;
        if (measure is DifferenceMeasure)
        {
            return "12-month difference";
        }

        return indicator.Unit switch
        {
            // Repeat victims are counted over the whole window, not summed month by month.
            Unit.Count => measure.IsAdditiveByMonth && measure.ValueKind == ValueKind.Sum ? "12-month total" : "12-month count",
            Unit.Percentage => "12-month percentage",
            Unit.RatePer1000 => "12-month rate per 1,000",
            Unit.Score => "12-month score",
            Unit.DurationSeconds or Unit.Days when measure.ValueKind == ValueKind.Mean => "12-month mean",
            _ => "12-month value",
        };
    }
}
