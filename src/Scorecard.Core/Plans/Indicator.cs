namespace Scorecard.Core.Plans;

/// <summary>How an indicator's direction of travel is decided.</summary>
public enum DirectionMethodKind
{
    /// <summary>Any change counts: a change in the better direction is Improving, equal is Stable.</summary>
    Polarity,

    /// <summary>A change counts only when the two 95% confidence intervals do not overlap.</summary>
    IntervalOverlap,

    /// <summary>A change counts when a two-proportion z-test is significant at 5%.</summary>
    ZTest,

    /// <summary>A change in a count counts when a Poisson rate test is significant at 5%.</summary>
    PoissonRateRatio,

    /// <summary>A change within a tolerance band around the previous value is Stable.</summary>
    ToleranceBand,

    /// <summary>A change counts when the latest month is a special cause on an XmR chart.</summary>
    Spc,
}

/// <summary>One row of a scorecard: what is measured, in which unit, and which way is better.</summary>
/// <param name="Id">Stable identifier used on the command line and in outputs, such as <c>all-crime</c>.</param>
/// <param name="Label">Row label as published, such as "Number of all crime offences".</param>
/// <param name="Footnotes">Footnote numbers shown after the label.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Polarity">Which way is better.</param>
/// <param name="Measure">What is counted.</param>
/// <param name="ShowPercentDifference">Whether the % difference column shows a value; when false it shows "-".</param>
/// <param name="DirectionMethod">How the direction of travel is decided.</param>
public sealed record Indicator(
    string Id,
    string Label,
    IReadOnlyList<int> Footnotes,
    Unit Unit,
    Polarity Polarity,
    MeasureDefinition Measure,
    bool ShowPercentDifference,
    DirectionMethodKind DirectionMethod)
{
    /// <summary>Sub-group shown beside the label, such as "Victims", or null.</summary>
    public string? Subgroup { get; init; }

    /// <summary>Whether a confidence-interval row follows the indicator's row.</summary>
    public bool ShowInterval { get; init; }

    /// <summary>Footnote numbers of the confidence-interval row.</summary>
    public IReadOnlyList<int> IntervalFootnotes { get; init; } = [];

    /// <summary>Half-width of the tolerance band, percent of the previous value, for <see cref="DirectionMethodKind.ToleranceBand"/>.</summary>
    public double TolerancePercent { get; init; }

    /// <summary>XmR chart choices for this indicator: screening, fixed baseline, rebases with reasons, rule lengths.</summary>
    public Spc.XmrOptions SpcOptions { get; init; } = Spc.XmrOptions.Default;

    /// <summary>Target value for the SPC assurance icon and chart, in the indicator's unit, or null.</summary>
    public double? Target { get; init; }
}

/// <summary>A numbered priority of a Police and Crime Plan with its indicators in published order.</summary>
public sealed record Priority(int Number, string Title, IReadOnlyList<Indicator> Indicators);

/// <summary>
/// A Police and Crime Plan as a scorecard definition: its priorities, indicators, footnotes and the
/// end month of the baseline window (December 2019, the last pre-pandemic year, unless the plan says otherwise).
/// </summary>
public sealed record Plan(
    string Name,
    string Force,
    Time.ReportMonth BaselineEnd,
    IReadOnlyList<Priority> Priorities,
    IReadOnlyDictionary<int, string> Footnotes)
{
    /// <summary>All indicators in published order.</summary>
    public IEnumerable<Indicator> Indicators => Priorities.SelectMany(priority => priority.Indicators);

    /// <summary>Force name for headings, such as "Essex Police", or null to use <see cref="Force"/>.</summary>
    public string? ForceName { get; init; }

    /// <summary>Name shown in headings: <see cref="ForceName"/> when given, otherwise the force identifier.</summary>
    public string ForceDisplayName => ForceName ?? Force;
}
