using Scorecard.Core.Plans;

namespace Scorecard.Reports.Audit;

/// <summary>The lower-case names the JSON output and the CSV export use for units, polarities and causes.</summary>
public static class AuditTokens
{
    /// <summary>Returns the name of a unit: count, percentage, score, duration_seconds, days or rate_per_1000.</summary>
    public static string Of(Unit unit) => unit switch
    {
        Unit.Count => "count",
        Unit.Percentage => "percentage",
        Unit.Score => "score",
        Unit.DurationSeconds => "duration_seconds",
        Unit.Days => "days",
        Unit.RatePer1000 => "rate_per_1000",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    /// <summary>Returns the name of a polarity: higher_is_better or lower_is_better.</summary>
    public static string Of(Polarity polarity) => polarity == Polarity.HigherIsBetter ? "higher_is_better" : "lower_is_better";

    /// <summary>Returns the name of a cause, such as header_wrong_year.</summary>
    public static string Of(FindingCause cause) => cause switch
    {
        FindingCause.Rounding => "rounding",
        FindingCause.HeaderWrongYear => "header_wrong_year",
        FindingCause.DirectionContradictsPolarity => "direction_contradicts_polarity",
        FindingCause.MisalignedRow => "misaligned_row",
        FindingCause.SignReversed => "sign_reversed",
        FindingCause.Unexplained => "unexplained",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Unknown cause."),
    };

    /// <summary>Returns a published figure as plain invariant text with the decimals shown and no separators; seconds for a duration.</summary>
    public static string Plain(PublishedNumber? number) =>
        number is { } value ? PublishedNumber.Format(value.Value, value.Decimals, false, false) : "";
}
