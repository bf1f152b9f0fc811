namespace Scorecard.Core.Plans;

/// <summary>
/// What an indicator counts. A measure evaluates over each month to additive
/// <see cref="Measures.Components"/>, so one definition serves any window and the monthly series.
/// </summary>
public abstract record MeasureDefinition
{
    /// <summary>Short text for notes and logs, such as "crimes (Burglary)".</summary>
    public abstract string Describe();
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
        other is not null && CrimeTypes.SequenceEqual(other.CrimeTypes) && Outcomes.SequenceEqual(other.Outcomes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(string.Join("|", CrimeTypes), string.Join("|", Outcomes));
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
    public bool Equals(SolvedCountMeasure? other) => other is not null && CrimeTypes.SequenceEqual(other.CrimeTypes);

    /// <inheritdoc />
    public override int GetHashCode() => string.Join("|", CrimeTypes).GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// One measure as a percentage (0 to 100) of another, each summed over the window first,
/// such as the solved rate: solved crimes over all crimes.
/// </summary>
public sealed record RatioMeasure(MeasureDefinition Numerator, MeasureDefinition Denominator) : MeasureDefinition
{
    /// <inheritdoc />
    public override string Describe() => $"{Numerator.Describe()} as a percentage of {Denominator.Describe()}";
}
