namespace Scorecard.Core.Plans;

/// <summary>How an indicator's direction of travel is decided.</summary>
public enum DirectionMethodKind
{
    /// <summary>Any change counts: a change in the better direction is Improving, equal is Stable.</summary>
    Polarity,
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
    DirectionMethodKind DirectionMethod);

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
}
