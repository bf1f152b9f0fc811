using Scorecard.Core.Statistics;
using Scorecard.Core.Time;

namespace Scorecard.Core.Measures;

/// <summary>
/// An indicator's value over one window, unrounded, or the reason it is not available
/// (months missing from the data, or a zero denominator).
/// </summary>
public sealed record WindowValue
{
    private WindowValue(Window window, double? value, Components components, IReadOnlyList<ReportMonth> missingMonths, string? reason, ConfidenceInterval? interval = null)
    {
        Interval = interval;
        Window = window;
        Value = value;
        Components = components;
        MissingMonths = missingMonths;
        UnavailableReason = reason;
    }

    /// <summary>Window the value covers.</summary>
    public Window Window { get; }

    /// <summary>Unrounded value, or null when not available.</summary>
    public double? Value { get; }

    /// <summary>Summed components behind the value.</summary>
    public Components Components { get; }

    /// <summary>Months of the window that the data does not cover; empty when the value is available.</summary>
    public IReadOnlyList<ReportMonth> MissingMonths { get; }

    /// <summary>Why the value is not available, or null when it is.</summary>
    public string? UnavailableReason { get; }

    /// <summary>95% confidence interval of a survey percentage, or null for other measures.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>
    /// A fact the reader needs to read an available value correctly, such as an earlier year's
    /// population used for a rate, or null when there is none.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>Whether a value is available.</summary>
    public bool IsAvailable => Value.HasValue;

    /// <summary>Creates an available value.</summary>
    public static WindowValue Available(Window window, double value, Components components) =>
        new(window, Guard.Finite(value), components, [], null);

    /// <summary>Creates an available percentage with its confidence interval.</summary>
    public static WindowValue WithInterval(Window window, double value, Components components, ConfidenceInterval interval) =>
        new(window, Guard.Finite(value), components, [], null, interval);

    /// <summary>Creates a value that is not available because months are missing.</summary>
    public static WindowValue Missing(Window window, IReadOnlyList<ReportMonth> missingMonths) =>
        new(window, null, default, missingMonths, $"no data for {MonthList.Describe(missingMonths)}");

    /// <summary>Creates a value that is not available for another reason, such as a zero denominator.</summary>
    public static WindowValue Unavailable(Window window, Components components, string reason) =>
        new(window, null, components, [], reason);
}
