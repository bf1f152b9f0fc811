namespace Scorecard.Core.Plans;

/// <summary>Unit an indicator's value is stated in; it decides formatting and how differences are shown.</summary>
public enum Unit
{
    /// <summary>A whole number of offences, incidents or people; differences are numbers and percentages.</summary>
    Count,

    /// <summary>A percentage on the 0 to 100 scale; differences are in percentage points.</summary>
    Percentage,

    /// <summary>A score, such as crime severity; differences are in score points.</summary>
    Score,

    /// <summary>A duration stored in seconds and shown as mm:ss.</summary>
    DurationSeconds,

    /// <summary>A mean number of days, shown to one decimal.</summary>
    Days,

    /// <summary>A rate per 1,000 population, shown to one decimal.</summary>
    RatePer1000,
}

/// <summary>Which way a change counts as an improvement.</summary>
public enum Polarity
{
    /// <summary>Fewer is better, as for offences and calls abandoned.</summary>
    LowerIsBetter,

    /// <summary>More is better, as for solved offences and protective orders.</summary>
    HigherIsBetter,
}
