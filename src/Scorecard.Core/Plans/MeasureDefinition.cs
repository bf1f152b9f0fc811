namespace Scorecard.Core.Plans;

/// <summary>
/// What an indicator counts. A measure evaluates over each month to additive
/// <see cref="Measures.Components"/>, so one definition serves any window and the monthly series.
/// </summary>
public abstract record MeasureDefinition
{
    /// <summary>Short text for notes and logs, such as "crimes (Burglary)".</summary>
    public abstract string Describe();

    /// <summary>How the window's components become its value.</summary>
    public virtual ValueKind ValueKind => ValueKind.Sum;

    /// <summary>
    /// Whether a window's value is the sum of its months' components. Repeat victims and severity
    /// scores are not: a victim with one offence in each of two months is a repeat victim of the window.
    /// </summary>
    public virtual bool IsAdditiveByMonth => true;

    /// <summary>
    /// Monthly returns measure id that supplies this measure's components, already counted, when
    /// any returns with that id are loaded; otherwise the measure is counted from records.
    /// </summary>
    public string? ReturnsId { get; init; }
}

/// <summary>How a measure's summed components become its value.</summary>
public enum ValueKind
{
    /// <summary>The numerator: a count, a sum or a score.</summary>
    Sum,

    /// <summary>Numerator over denominator: a mean such as seconds waited or days to an outcome.</summary>
    Mean,

    /// <summary>100 x numerator over denominator.</summary>
    Percentage,

    /// <summary>100 x weighted "yes" over the sum of weights, with a 95% confidence interval.</summary>
    WeightedPercentage,
}

/// <summary>
/// Count of police.uk street-level crimes in the month they were recorded, optionally limited to
/// crime types and last outcome categories (empty lists mean all).
/// </summary>
public sealed record CrimeCountMeasure(IReadOnlyList<string> CrimeTypes, IReadOnlyList<string> Outcomes) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "crimes" + Filters(CrimeTypes, Outcomes);

    internal static string Filters(IReadOnlyList<string> crimeTypes, IReadOnlyList<string> outcomes)
    {
        var parts = crimeTypes.Concat(outcomes).ToList();
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    /// <inheritdoc />
    public bool Equals(CrimeCountMeasure? other) =>
        other is not null && base.Equals(other) && CrimeTypes.SequenceEqual(other.CrimeTypes) && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), string.Join("|", CrimeTypes), string.Join("|", Outcomes));
}

/// <summary>Count of anti-social behaviour incidents in the month they were recorded.</summary>
public sealed record AsbCountMeasure : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "anti-social behaviour incidents";
}

/// <summary>
/// Count of crimes solved, by the month of the outcome, optionally limited to crime types.
/// Solved means an outcome mapped to a Home Office outcome type in <see cref="Outcomes.SolvedOutcomeTypes"/>.
/// </summary>
public sealed record SolvedCountMeasure(IReadOnlyList<string> CrimeTypes) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => "solved crimes" + CrimeCountMeasure.Filters(CrimeTypes, []);

    /// <inheritdoc />
    public bool Equals(SolvedCountMeasure? other) => other is not null && base.Equals(other) && CrimeTypes.SequenceEqual(other.CrimeTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), string.Join("|", CrimeTypes));
}

/// <summary>
/// One measure as a percentage (0 to 100) of another, each summed over the window first,
/// such as the solved rate: solved crimes over all crimes.
/// </summary>
public sealed record RatioMeasure(MeasureDefinition Numerator, MeasureDefinition Denominator) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"{Numerator.Describe()} as a percentage of {Denominator.Describe()}";

    /// <inheritdoc />
    public override ValueKind ValueKind => ValueKind.Percentage;
}

/// <summary>
/// One measure minus another, each evaluated over the window first, in the first measure's unit:
/// the victim and non-victim disparity is the non-victims' percentage minus the victims'.
/// </summary>
public sealed record DifferenceMeasure(MeasureDefinition Minuend, MeasureDefinition Subtrahend) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"{Minuend.Describe()} minus {Subtrahend.Describe()}";
}
